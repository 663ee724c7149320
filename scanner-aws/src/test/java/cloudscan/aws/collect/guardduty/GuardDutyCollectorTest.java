package cloudscan.aws.collect.guardduty;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.SecurityService.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;

@ExtendWith(MotoExtension.class)
class GuardDutyCollectorTest {

  private static AwsClients clients;
  private static Collected tokyo;
  private static Collected osaka;

  @BeforeAll
  static void seedAndScan() {
    MotoAws.seed(GuardDutyClient.class, GuardDutyClient::builder).createDetector(r -> r.enable(true)
        .features(f -> f.name("EBS_MALWARE_PROTECTION").status("ENABLED")));
    clients = MotoAws.scanClients();
    tokyo = MotoAws.collect(new GuardDutyCollector(clients), MotoAws.regional());
    osaka = MotoAws.collect(new GuardDutyCollector(clients), MotoAws.regional("ap-northeast-3"));
  }

  @AfterAll
  static void close() {
    if (clients != null) {
      clients.close();
    }
  }

  private static SecurityService of(Collected c, Kind kind) {
    return c.all(SecurityService.class, s -> s.kind() == kind).get(0);
  }

  @Test
  void enabledDetector_isThreatDetectionOn() {
    assertThat(of(tokyo, Kind.THREAT_DETECTION).enabled().is(true)).isTrue();
  }

  @Test
  void ebsMalwareFeature_isMalwareProtectionOn() {
    assertThat(of(tokyo, Kind.MALWARE_PROTECTION).enabled().is(true)).isTrue();
  }

  @Test
  void regionWithoutDetector_isThreatDetectionOff() {
    assertThat(of(osaka, Kind.THREAT_DETECTION).enabled().is(false)).isTrue();
  }
}
