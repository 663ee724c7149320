package cloudscan.core.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortRangeTest {

  @Test
  void commaList_parsesEachPart() {
    assertThat(PortRange.parseList("22,80,1000-2000")).containsExactly(
        PortRange.single(22), PortRange.single(80), new PortRange(1000, 2000));
  }

  @Test
  void commaListWithSpaces_parses() {
    assertThat(PortRange.parseList(" 22 , 1000 - 2000 ")).containsExactly(
        PortRange.single(22), new PortRange(1000, 2000));
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "-1", "all", "ALL", "0-65535", "1-65535"})
  void wildcards_meanEveryPort(String text) {
    PortRange r = PortRange.parse(text);
    assertThat(r.isAll()).isTrue();
    assertThat(r).hasToString("all");
    assertThat(PortRange.parseList(text)).hasSize(1);
  }

  @ParameterizedTest(name = "{0} contains {1} → {2}")
  @CsvSource({"22, 22, true", "22, 23, false", "1000-2000, 1000, true", "1000-2000, 2000, true",
      "1000-2000, 999, false", "1000-2000, 2001, false", "*, 65535, true", "*, 0, true"})
  void contains_matrix(String range, int port, boolean contains) {
    assertThat(PortRange.parse(range).contains(port)).isEqualTo(contains);
  }

  @Test
  void containsAny_andSize() {
    PortRange r = new PortRange(3000, 4000);
    assertThat(r.containsAny(Set.of(22, 3389))).isTrue();
    assertThat(r.containsAny(Set.of(22, 443))).isFalse();
    assertThat(r.size()).isEqualTo(1001);
    assertThat(r).hasToString("3000-4000");
    assertThat(PortRange.single(22)).hasToString("22");
  }

  @ParameterizedTest(name = "{0} covers all → {1}")
  @CsvSource({"'0-65535', true", "'1-65535', true", "'0-32767,32768-65535', true",
      "'32768-65535,1-32767', true", "'1-1000,1000-65535', true", "'1-1000,1002-65535', false",
      "'22,80', false", "'2-65535', false", "'1-65534', false"})
  void coverAll_matrix(String list, boolean covers) {
    assertThat(PortRange.coverAll(PortRange.parseList(list))).isEqualTo(covers);
  }

  @Test
  void emptyList_isNoCover() {
    assertThat(PortRange.coverAll(List.of())).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ssh", "22-", "-22", "22-80-90", "1.5", "0x16", "22 80"})
  void notARange_failsNamingExpectedForm(String text) {
    assertThatThrownBy(() -> PortRange.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "' is not a port range")
        .hasMessageContaining("1000-2000");
  }

  @Test
  void outOfRange_failsNamingInput() {
    assertThatThrownBy(() -> PortRange.parse("70000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'70000'")
        .hasMessageContaining("0-65535");
  }

  @Test
  void reversedRange_failsSayingSo() {
    assertThatThrownBy(() -> PortRange.parse("2000-1000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2000-1000'")
        .hasMessageContaining("ends before it starts");
  }

  @Test
  void badPartOfList_failsNamingWholeList() {
    assertThatThrownBy(() -> PortRange.parseList("22,,80"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port list '22,,80'");
    assertThatThrownBy(() -> PortRange.parseList("22,"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port list '22,'");
  }
}
