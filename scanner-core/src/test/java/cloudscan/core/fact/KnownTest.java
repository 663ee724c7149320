package cloudscan.core.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownTest {

  @Test
  void falseAndEmpty_areAnswers_nullIsNotRead() {
    assertThat(Known.of(false).isKnown()).isTrue();
    assertThat(Known.of(List.of()).isKnown()).isTrue();
    assertThat(Known.ofNullable(null).isUnread()).isTrue();
  }

  @Test
  void is_neverTrueWhenNotKnown() {
    assertThat(Known.<Boolean>unread().is(false)).isFalse();
    assertThat(Known.<Boolean>notOffered().is(false)).isFalse();
    assertThat(Known.of(true).is(true)).isTrue();
  }

  @Test
  void value_ofAnUnreadValue_fails() {
    assertThatThrownBy(() -> Known.unread().value()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void map_keepsTheState() {
    assertThat(Known.<Integer>unread().map(i -> i > 0).isUnread()).isTrue();
    assertThat(Known.<Integer>notOffered().map(i -> i > 0).isNotOffered()).isTrue();
    assertThat(Known.of(3).map(i -> i > 0).is(true)).isTrue();
  }

  @Test
  void knownLists_areCopied() {
    List<String> l = new ArrayList<>(List.of("a"));
    Known<List<String>> k = Known.of(l);
    l.add("b");
    assertThat(k.value()).containsExactly("a");
  }
}
