package cloudscan.checks.identity;

import static cloudscan.testkit.IdentityFacts.noPasswordPolicy;
import static cloudscan.testkit.IdentityFacts.passwordPolicy;

import cloudscan.core.check.Thresholds;
import cloudscan.core.fact.PasswordPolicy;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyWeakTest {

  private final CheckTester tester = CheckTester.of(new PasswordPolicyWeak());

  @Test
  void noPolicy_fails() {
    tester.given(noPasswordPolicy()).expectFail("password-policy")
        .expectMessageContains("password-policy", "no password policy: provider defaults apply");
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
  void missingClasses_failsNamingThem() {
    tester.given(passwordPolicy(12, "l")).expectFail("password-policy")
        .expectMessageContains("password-policy", "character classes not required: upper, digits, symbols");
  }

  @Test
  void shortAndMissingSymbols_failsWithBothReasons() {
    tester.given(passwordPolicy(7, "uld")).expectFail("password-policy")
        .expectMessageContains("password-policy", "minimum length is 7")
        .expectMessageContains("password-policy", "not required: symbols");
  }

  @Test
  void lengthTenWhenCityRequiresTwelve_fails() {
    tester.withThresholds(Thresholds.DEFAULTS.with("minPasswordLength", "12"))
        .given(passwordPolicy(10, "ulds")).expectFail("password-policy");
  }

  @ParameterizedTest(name = "length {0}, classes {1} → pass={2}")
  @CsvSource({
      "7, ulds, false",
      "8, ulds, true",
      "14, ulds, true",
      "14, lds, false",
      "14, uds, false",
      "14, uls, false",
      "14, uld, false",
      "20, -, false",
      "0, ulds, false"})
  void lengthAndClassMatrix(int length, String classes, boolean passes) {
    var run = tester.given(passwordPolicy(length, classes));
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
