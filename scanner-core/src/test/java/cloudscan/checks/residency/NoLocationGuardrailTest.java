package cloudscan.checks.residency;

import static cloudscan.testkit.ResidencyFacts.accountId;
import static cloudscan.testkit.ResidencyFacts.guardrail;
import static cloudscan.testkit.ResidencyFacts.scope;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.LocationGuardrail;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoLocationGuardrailTest {

  private static final String AWS = accountId(Cloud.AWS);

  private final CheckTester tester = CheckTester.of(new NoLocationGuardrail());

  /** Guardrails of the scanned AWS test account. */
  private CheckTester.Run given(LocationGuardrail... g) {
    return tester.given(g).inScope(AWS);
  }

  @Test
  void enforcedJapanOnlyScp_passes() {
    given(guardrail("scp-japan", true, "ap-northeast-1", "ap-northeast-3"))
        .expectPass(AWS)
        .expectMessageContains(AWS, "scp-japan");
  }

  @Test
  void accountScannedWithoutGuardrail_warns() {
    tester.given().inScope(AWS)
        .expectWarn(AWS)
        .expectMessageContains(AWS, "not strictly required");
  }

  @Test
  void guardrailAllowingVirginia_warnsNamingIt() {
    given(guardrail("scp-1", true, "ap-northeast-1", "us-east-1"))
        .expectWarn(AWS)
        .expectMessageContains(AWS, "us-east-1");
  }

  @Test
  void auditOnlyGuardrail_warns() {
    given(guardrail("policy-1", false, "ap-northeast-1"))
        .expectWarn(AWS)
        .expectMessageContains(AWS, "not enforced");
  }

  @Test
  void oneStrongGuardrailAmongWeakOnes_passes() {
    given(guardrail("audit", false, "ap-northeast-1"),
            guardrail("wide", true, "ap-northeast-1", "eu-west-1"),
            guardrail("strict", true, "ap-northeast-1", "global"))
        .expectPass(AWS);
  }

  @Test
  void everyScannedAccountIsJudged_evenWithoutFacts() {
    tester.given(guardrail(Cloud.AZURE, "allowed-locations", true, "japaneast", "japanwest"))
        .inScope(AWS)
        .inScope(Refs.awsTokyoScope())
        .inScope("aws/999988887777/global")
        .inScope(accountId(Cloud.AZURE))
        .inScope(accountId(Cloud.GCP))
        .expectPass(accountId(Cloud.AZURE))
        .expectWarn(AWS, "aws/999988887777/global", accountId(Cloud.GCP));
  }

  @ParameterizedTest(name = "{0} {2} enforced={1} → {3}")
  @CsvSource({
      "AWS, true, 'ap-northeast-1,ap-northeast-3', PASS",
      "AWS, true, 'ap-northeast-1,us-east-1', WARN",
      "AWS, false, 'ap-northeast-1', WARN",
      "AZURE, true, 'japaneast,japanwest,global', PASS",
      "AZURE, true, 'japaneast,eastasia', WARN",
      "GCP, true, 'in:asia-northeast1-locations,in:asia-northeast2-locations', PASS",
      "GCP, true, 'asia-northeast1,asia1', PASS",
      "GCP, true, 'in:asia-locations', WARN",
      "GCP, true, 'asia', WARN"})
  void allowedLocationsMatrix(Cloud cloud, boolean enforced, String locations, String outcome) {
    var run = tester.given(guardrail(cloud, "g-1", enforced, locations.split(","))).inScope(accountId(cloud));
    if (outcome.equals("PASS")) {
      run.expectPass(accountId(cloud));
    } else {
      run.expectWarn(accountId(cloud));
    }
  }

  @Test
  void accountWhereNobodyLookedForGuardrails_isUnknown() {
    tester.given().inScope(AWS, "PasswordPolicy").expectUnknownFor(AWS).expectWarn();
  }

  @Test
  void guardrailOfAnOrganizationAboveTheAccount_counts() {
    String org = "gcp/organizations/123/global";
    var orgPolicy = new LocationGuardrail(Refs.of(Cloud.GCP, "organizations/123", "global", "org-policy", "constraints/gcp.resourceLocations"),
        java.util.List.of("in:japan-locations"), true);
    tester.given(orgPolicy).inOrganization(org).inAccount(accountId(Cloud.GCP), "organizations/123")
        .expectPass(accountId(Cloud.GCP)).expectWarn();
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(LocationGuardrail.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
