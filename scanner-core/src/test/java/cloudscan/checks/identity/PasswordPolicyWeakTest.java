package cloudscan.checks.identity;

import static cloudscan.testkit.IdentityFacts.noPasswordPolicy;
import static cloudscan.testkit.IdentityFacts.passwordPolicy;

import cloudscan.core.check.Thresholds;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.PasswordPolicy;
import cloudscan.core.fact.PasswordPolicyDefaults;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyWeakTest {

  private static final String ACCOUNT = "aws/" + Refs.ACCOUNT + "/global";

  private final CheckTester tester = CheckTester.of(new PasswordPolicyWeak());

  @Test
  void noPolicySet_awsDefaultApplies_eightCharactersThreeOfFourClasses_passes() {
    tester.given(noPasswordPolicy()).expectPass("password-policy")
        .expectMessageContains("password-policy", "the provider's default rule");
  }

  @Test
  void entraFixedRule_passes_sameRuleOnEveryCloud() {
    tester.given(PasswordPolicyDefaults.of(Cloud.AZURE, Refs.azure("global", "password-policy", "entra")))
        .expectPass("entra");
  }

  @Test
  void gcpProjectHasNoPasswordPolicy_isAWarningToConfirmTheRuleInCloudIdentity_neverSilence() {
    // False-MET case: silence here made 3.5 MET (or N/A) on GCP with nothing judged.
    tester.given(PasswordPolicy.notOffered(Refs.gcp("global", "project", "p-1"))).inScope("gcp/city-project/global")
        .expectWarn("p-1").expectMessageContains("p-1", "Cloud Identity");
  }

  @Test
  void notOfferedOnACloudThatOffersOne_isUnknown() {
    tester.given(PasswordPolicy.notOffered(Refs.aws("global", "iam:password-policy", "pp"))).inScope(ACCOUNT)
        .expectUnknownFor("pp").expectPass().expectFail();
  }

  @Test
  void scannedAccountWithoutAnyPolicyFact_whereLookedFor_fails_neverNotApplicable() {
    tester.given().inScope(ACCOUNT).expectFail(ACCOUNT)
        .expectMessageContains(ACCOUNT, "looked for the password policy and found none");
  }

  @Test
  void scannedAccountWhereNobodyLookedForThePolicy_isUnknown() {
    tester.given().inScope(ACCOUNT, "Principal").expectUnknownFor(ACCOUNT).expectFail();
  }

  @Test
  void lengthEightAllClasses_passes() {
    tester.given(passwordPolicy(8, "ulds")).expectPass("password-policy");
  }

  @Test
  void tooShort_fails() {
    tester.given(passwordPolicy(6, "ulds")).expectFail("password-policy")
        .expectMessageContains("password-policy", "minimum length is 6 (needs 8 or more)");
  }

  @Test
  void fewerThanThreeClasses_failsNamingTheCount() {
    tester.given(passwordPolicy(12, "l")).expectFail("password-policy")
        .expectMessageContains("password-policy", "guaranteed only 1 character class(es)");
  }

  @Test
  void shortAndTwoClasses_failsWithBothReasons() {
    tester.given(passwordPolicy(7, "ul")).expectFail("password-policy")
        .expectMessageContains("password-policy", "minimum length is 7")
        .expectMessageContains("password-policy", "guaranteed only 2");
  }

  @Test
  void lengthTenWhenCityRequiresTwelve_fails() {
    tester.withThresholds(Thresholds.DEFAULTS.with("minPasswordLength", "12"))
        .given(passwordPolicy(10, "ulds")).expectFail("password-policy");
  }

  @ParameterizedTest(name = "length {0}, required {1}, at least {2} classes → pass={3}")
  @CsvSource({
      "7, ulds, 0, false",
      "8, ulds, 0, true",
      "14, lds, 0, true",
      "14, uld, 0, true",
      "14, ul, 0, false",
      "14, ds, 0, false",
      "14, -, 3, true",
      "14, -, 2, false",
      "14, u, 3, true",
      "20, -, 0, false",
      "0, ulds, 0, false"})
  void lengthAndClassMatrix(int length, String classes, int minClasses, boolean passes) {
    var run = tester.given(passwordPolicy(length, classes, minClasses));
    if (passes) {
      run.expectPass("password-policy").expectFail();
    } else {
      run.expectFail("password-policy").expectPass();
    }
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(PasswordPolicy.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
