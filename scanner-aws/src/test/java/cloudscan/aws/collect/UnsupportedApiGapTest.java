package cloudscan.aws.collect;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.engine.CollectionRunner;
import cloudscan.core.engine.FactStore;
import cloudscan.core.engine.ProgressListener;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.GapKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * moto answers SSM DescribeInstanceInformation with an HTML 500 page: the engine must record a
 * gap ("could not look"), neither crash nor let the facts look empty-and-fine.
 */
@ExtendWith(MotoExtension.class)
class UnsupportedApiGapTest {

  private static List<Gap> gaps;
  private static FactStore store;

  /** A collector whose API the emulator does not implement. */
  private record SsmProbe(AwsClients clients) implements Collector {
    @Override public String service() {
      return "ssm";
    }

    @Override public Set<Class<? extends Fact>> produces() {
      return Set.of(SecurityService.class);
    }

    @Override public void collect(Target target, FactSink out) {
      clients.client(target, SsmClient.class, SsmClient::builder).describeInstanceInformation();
    }
  }

  @BeforeAll
  static void scan() throws InterruptedException {
    AwsClients clients = MotoAws.scanClients();
    AwsSession session = new AwsSession(clients, "test", List.of(MotoAws.regional()), List.of(),
        List.of(new SsmProbe(clients)));
    gaps = new ArrayList<>();
    store = new FactStore();
    new CollectionRunner(2, Clock.systemUTC(), ProgressListener.NONE).run("aws", session, store, gaps);
    session.close();
  }

  @Test
  void unimplementedApi_becomesUnsupportedGapNamingTheOperation() {
    assertThat(gaps).singleElement().matches(g -> g.kind() == GapKind.UNSUPPORTED
        && "ssm:DescribeInstanceInformation".equals(g.operation()) && g.affects(SecurityService.class));
  }

  @Test
  void unimplementedApi_leavesNoFacts() {
    assertThat(store.has(SecurityService.class)).isFalse();
  }
}
