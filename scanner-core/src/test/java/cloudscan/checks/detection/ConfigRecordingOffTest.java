package cloudscan.checks.detection;

import static cloudscan.core.fact.SecurityService.Kind.CONFIG_RECORDING;
import static cloudscan.core.fact.SecurityService.Kind.THREAT_DETECTION;
import static cloudscan.testkit.DetectionFacts.off;
import static cloudscan.testkit.DetectionFacts.on;
import static cloudscan.testkit.DetectionFacts.service;

import cloudscan.core.fact.SecurityService;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigRecordingOffTest {

  private static final String OSAKA = "aws/111122223333/ap-northeast-3";

  private final CheckTester tester = CheckTester.of(new ConfigRecordingOff());

  @Test
  void recorderOff_fails() {
    tester.given(off(CONFIG_RECORDING, "recorder-tokyo")).expectFail("recorder-tokyo");
  }

  @Test
  void recorderOn_passes() {
    tester.given(on(CONFIG_RECORDING, "recorder-tokyo")).expectPass("recorder-tokyo").expectFail();
  }

  @Test
  void regionWithoutRecorderInRecordingAccount_fails() {
    tester.given(on(CONFIG_RECORDING, "recorder-tokyo"))
        .inScope(OSAKA)
        .expectPass("recorder-tokyo")
        .expectFail(OSAKA)
        .expectMessageContains(OSAKA, "not recording in this region");
  }

  @ParameterizedTest(name = "recorder in {0} → Osaka judged on its own")
  @ValueSource(booleans = {true, false})
  void recorderInOsakaItself_noMissingRegionFinding(boolean enabled) {
    var recorder = enabled ? on(CONFIG_RECORDING, "ap-northeast-3", "rec-osaka")
        : off(CONFIG_RECORDING, "ap-northeast-3", "rec-osaka");
    var run = tester.given(on(CONFIG_RECORDING, "rec-tokyo"), recorder).inScope(OSAKA);
    if (enabled) {
      run.expectFail().expectPass("rec-tokyo", "rec-osaka");
    } else {
      run.expectFail("rec-osaka").expectPass("rec-tokyo");
    }
  }

  @Test
  void accountScannedOnlyAccountWide_standsForItsLocations_andFailsWhereLookedFor() {
    // A GCP project is collected account-wide: its global scope stands for its locations.
    tester.given(on(CONFIG_RECORDING, "recorder-tokyo"))
        .inScope("aws/111122223333/global", "SecurityService.CONFIG_RECORDING")
        .expectFail("aws/111122223333/global");
  }

  @Test
  void accountScannedOnlyAccountWide_whereNobodyLookedForRecorders_isUnknown() {
    tester.given(on(CONFIG_RECORDING, "recorder-tokyo"))
        .inScope("aws/111122223333/global", "PasswordPolicy")
        .expectFail().expectUnknownFor("aws/111122223333/global");
  }

  @Test
  void accountWithoutAnyRecorder_failsEveryScannedRegion_neverNotApplicable() {
    tester.given(on(THREAT_DETECTION, "gd-tokyo")).inScope(OSAKA).expectFail(OSAKA);
  }

  @Test
  void regionWhereNobodyLookedForRecorders_isUnknown_notFail() {
    tester.given().inScope(OSAKA, "SecurityService.THREAT_DETECTION").expectUnknownFor(OSAKA).expectFail();
  }

  @Test
  void recorderOfOneAccount_doesNotCoverAnother() {
    tester.given(on(CONFIG_RECORDING, "recorder-tokyo"))
        .inScope("aws/444455556666/ap-northeast-3")
        .expectFail("aws/444455556666/ap-northeast-3");
  }

  @Test
  void alwaysOnPlatformRecording_isAFact_coveringTheSubscription() {
    SecurityService activityLog = service(
        Refs.azure("global", "activity-log", "activity-log"), CONFIG_RECORDING, true);
    tester.given(activityLog).inScope("azure/00000000-0000-0000-0000-000000000001/japaneast")
        .expectPass("activity-log").expectFail();
  }

  @Test
  void accountWideRecording_coversEveryRegion() {
    SecurityService subscriptionWide = service(
        Refs.azure("global", "activity-log-export", "sub-export"), CONFIG_RECORDING, true);
    tester.given(subscriptionWide)
        .inScope("azure/00000000-0000-0000-0000-000000000001/japaneast")
        .inScope("azure/00000000-0000-0000-0000-000000000001/japanwest")
        .expectPass("sub-export")
        .expectFail();
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(SecurityService.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
