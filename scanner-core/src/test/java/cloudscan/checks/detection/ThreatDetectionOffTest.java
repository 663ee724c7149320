package cloudscan.checks.detection;

import static cloudscan.core.fact.SecurityService.Kind.MALWARE_PROTECTION;
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

class ThreatDetectionOffTest {

  private static final String TOKYO = "aws/111122223333/ap-northeast-1";
  private static final String OSAKA = "aws/111122223333/ap-northeast-3";

  private final CheckTester tester = CheckTester.of(new ThreatDetectionOff());

  @Test
  void detectorOff_fails() {
    tester.given(off(THREAT_DETECTION, "gd-tokyo")).expectFail("gd-tokyo");
  }

  @Test
  void detectorOn_passes() {
    tester.given(on(THREAT_DETECTION, "gd-tokyo")).expectPass("gd-tokyo").expectFail();
  }

  @Test
  void scannedRegionWithoutDetector_fails() {
    tester.given(on(THREAT_DETECTION, "gd-tokyo"))
        .inScope(OSAKA)
        .expectPass("gd-tokyo")
        .expectFail(OSAKA)
        .expectMessageContains(OSAKA, "no threat detection in this region");
  }

  @Test
  void accountWithNothingSwitchedOn_failsEveryRegion() {
    tester.given().inScope(TOKYO).inScope(OSAKA).inScope("aws/111122223333/global")
        .expectFail(TOKYO, OSAKA);
  }

  @Test
  void otherKindOfServiceInRegion_doesNotCount() {
    tester.given(on(MALWARE_PROTECTION, "gd-malware")).inScope(TOKYO).expectFail(TOKYO);
  }

  @Test
  void regionWhereNobodyLookedForDetectors_isUnknown_neverNotApplicable() {
    tester.given().inScope(TOKYO, "SecurityService.CONFIG_RECORDING").expectUnknownFor(TOKYO).expectFail();
  }

  @Test
  void detectorRecordedForTheOrganization_coversItsProjects() {
    SecurityService scc = service(Refs.of(cloudscan.core.fact.Cloud.GCP, "organizations/1", "global", "scc", "scc-org"),
        THREAT_DETECTION, true);
    tester.given(scc).inOrganization("gcp/organizations/1/global")
        .inAccount("gcp/city-project/global", "organizations/1").inScope("gcp/city-project/asia-northeast1")
        .expectPass("scc-org").expectFail().expectUnknownFor();
  }

  @ParameterizedTest(name = "account-wide detector enabled={0} → regions not blamed separately")
  @ValueSource(booleans = {true, false})
  void accountWideDetector_coversRegions(boolean enabled) {
    SecurityService scc = service(Refs.gcp("global", "scc", "scc-project"), THREAT_DETECTION, enabled);
    var run = tester.given(scc).inScope("gcp/city-project/asia-northeast1");
    if (enabled) {
      run.expectPass("scc-project").expectFail();
    } else {
      run.expectFail("scc-project");
    }
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(SecurityService.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
