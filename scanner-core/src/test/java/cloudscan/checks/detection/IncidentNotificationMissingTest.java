package cloudscan.checks.detection;

import static cloudscan.core.fact.SecurityService.Kind.INCIDENT_NOTIFICATION;
import static cloudscan.core.fact.SecurityService.Kind.THREAT_DETECTION;
import static cloudscan.testkit.DetectionFacts.off;
import static cloudscan.testkit.DetectionFacts.on;

import cloudscan.core.fact.SecurityService;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentNotificationMissingTest {

  private static final String ACCOUNT = "aws/111122223333/global";

  private final CheckTester tester = CheckTester.of(new IncidentNotificationMissing()).scanning(ACCOUNT);

  @Test
  void notificationTargetOn_passes() {
    tester.given(on(INCIDENT_NOTIFICATION, "findings-to-sns"))
        .expectPass(ACCOUNT)
        .expectWarn();
  }

  @Test
  void noNotificationTarget_warns() {
    tester.given(on(THREAT_DETECTION, "gd-tokyo"))
        .expectWarn(ACCOUNT)
        .expectPass()
        .expectMessageContains(ACCOUNT, "no notification target");
  }

  @ParameterizedTest(name = "target disabled in {0} → warn")
  @ValueSource(strings = {"ap-northeast-1", "global"})
  void disabledTarget_warns(String location) {
    tester.given(off(INCIDENT_NOTIFICATION, location, "contact")).expectWarn(ACCOUNT).expectFail();
  }

  @Test
  void oneEnabledTargetSomewhereInAccount_passes() {
    tester.given(off(INCIDENT_NOTIFICATION, "rule-tokyo"),
            on(INCIDENT_NOTIFICATION, "ap-northeast-3", "rule-osaka"))
        .expectPass(ACCOUNT)
        .expectWarn();
  }

  @Test
  void targetInAnotherAccount_doesNotCount() {
    tester.given(on(INCIDENT_NOTIFICATION, "findings-to-sns"))
        .inScope("aws/444455556666/global")
        .expectPass(ACCOUNT)
        .expectWarn("aws/444455556666/global");
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(SecurityService.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
