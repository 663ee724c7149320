package cloudscan.aws;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.testing.MotoExtension;
import cloudscan.aws.testing.MotoServer;
import cloudscan.core.engine.CollectionRunner;
import cloudscan.core.engine.FactStore;
import cloudscan.core.engine.ProgressListener;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderSession;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.GapKind;
import cloudscan.core.snapshot.ProviderRun;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every collector, through the provider and the engine, on an empty moto account in Tokyo. */
@ExtendWith(MotoExtension.class)
class AwsScanTest {

  private static final List<Gap> GAPS = new ArrayList<>();
  private static final FactStore STORE = new FactStore();
  private static ProviderRun run;

  @BeforeAll
  static void scan() throws Exception {
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    ProviderConfig config = new ProviderConfig(List.of("ap-northeast-1"), MotoServer.get().endpoint(), 4,
        Map.of("region", "ap-northeast-1", "max-attempts", "1"));
    try (ProviderSession session = new AwsProvider().open(config)) {
      run = new CollectionRunner(4, Clock.systemUTC(), ProgressListener.NONE).run("aws", session, STORE, GAPS);
    }
  }

  @AfterAll
  static void clearKeys() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @Test
  void onlyGap_isSsmWhichTheEmulatorLacks() {
    // no instances: Ec2Compute does not ask SSM, so only the SSM collector's own gap remains
    assertThat(GAPS).singleElement().matches(g -> g.kind() == GapKind.UNSUPPORTED
        && "ssm:DescribeInstanceInformation".equals(g.operation()) && g.affects(SecurityService.class));
  }

  @Test
  void defaultVpc_yieldsNetworkRules() {
    assertThat(STORE.has(NetworkRule.class)).isTrue();
  }

  @Test
  void readsTwoCollectorsNeed_areCalledOncePerRegion() {
    assertThat(run.apiCalls()).containsEntry("cloudtrail:DescribeTrails", 1L)
        .containsEntry("ec2:DescribeFlowLogs", 1L)
        .containsEntry("ssm:DescribeInstanceInformation", 1L);
  }

  @Test
  void apiCalls_areCountedPerServiceAndOperation() {
    assertThat(run.apiCalls()).containsKeys("ec2:DescribeSecurityGroups", "iam:ListUsers", "s3:ListBuckets",
        "s3control:GetPublicAccessBlock");
  }
}
