package cloudscan.aws.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.aws.testing.MotoAws;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;

/** {@link AwsClients#shared}: one read per (account, region, what), its result or error for every caller. */
class SharedReadTest {

  private final AwsClients clients = AwsClients.builder().credentials(AnonymousCredentialsProvider.create()).build();
  private final AtomicInteger reads = new AtomicInteger();

  @AfterEach
  void close() {
    clients.close();
  }

  @Test
  void secondCallerInTheSameRegion_getsTheFirstResultWithoutReading() {
    clients.shared(MotoAws.regional(), "x:Read", reads::incrementAndGet);
    Integer second = clients.shared(MotoAws.regional(), "x:Read", reads::incrementAndGet);
    assertThat(List.of(second, reads.get())).containsExactly(1, 1);
  }

  @Test
  void otherRegion_readsAgain() {
    clients.shared(MotoAws.regional(), "x:Read", reads::incrementAndGet);
    clients.shared(MotoAws.regional("ap-northeast-3"), "x:Read", reads::incrementAndGet);
    assertThat(reads.get()).isEqualTo(2);
  }

  @Test
  void failure_reachesEveryCallerOnceRead() {
    IllegalStateException boom = new IllegalStateException("denied");
    assertThatThrownBy(() -> clients.shared(MotoAws.regional(), "x:Read", () -> {
      reads.incrementAndGet();
      throw boom;
    })).isSameAs(boom);
    assertThatThrownBy(() -> clients.shared(MotoAws.regional(), "x:Read", reads::incrementAndGet)).isSameAs(boom);
    assertThat(reads.get()).isEqualTo(1);
  }
}
