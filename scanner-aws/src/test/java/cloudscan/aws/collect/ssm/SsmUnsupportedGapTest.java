package cloudscan.aws.collect.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsSession;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.engine.CollectionRunner;
import cloudscan.core.engine.FactStore;
import cloudscan.core.engine.ProgressListener;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.GapKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** moto answers DescribeInstanceInformation with an HTML 500: the engine records a gap, no facts. */
@ExtendWith(MotoExtension.class)
class SsmUnsupportedGapTest {

  private static List<Gap> gaps;
  private static FactStore store;

  @BeforeAll
  static void scan() throws InterruptedException {
    AwsClients clients = MotoAws.scanClients(); // no retries (doNotRetry): one 500, not four
    try (AwsSession session = new AwsSession(clients, "test", List.of(MotoAws.regional()), List.of(),
        List.of(new SsmCollector(clients)))) {
      gaps = new ArrayList<>();
      store = new FactStore();
      new CollectionRunner(1, Clock.systemUTC(), ProgressListener.NONE).run("aws", session, store, gaps);
    }
  }

  @Test
  void unimplementedDescribeInstanceInformation_isUnsupportedGap() {
    assertThat(gaps).singleElement().matches(g -> g.kind() == GapKind.UNSUPPORTED
        && "ssm:DescribeInstanceInformation".equals(g.operation()) && g.affects(SecurityService.class));
  }

  @Test
  void unimplementedDescribeInstanceInformation_leavesNoManagedAccessFact() {
    assertThat(store.has(SecurityService.class)).isFalse();
  }
}
