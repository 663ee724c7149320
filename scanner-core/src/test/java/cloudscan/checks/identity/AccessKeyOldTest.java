package cloudscan.checks.identity;

import static cloudscan.testkit.IdentityFacts.role;
import static cloudscan.testkit.IdentityFacts.root;
import static cloudscan.testkit.IdentityFacts.user;

import cloudscan.core.check.Thresholds;
import cloudscan.core.fact.Principal;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Default now is 2026-06-01T00:00:00Z; 2026-03-03T00:00:00Z is exactly 90 days before it. */
class AccessKeyOldTest {

  private static final String NINETY_DAYS_BEFORE = "2026-03-03T00:00:00Z";

  private final CheckTester tester = CheckTester.of(new AccessKeyOld());

  @Test
  void keyOlderThanNinetyDays_failsWithAge() {
    tester.given(user("ci").key("AKIA1", "2025-12-01T00:00:00Z", "2026-05-31T00:00:00Z").build())
        .expectFail("ci").expectMessageContains("ci", "AKIA1 (182 days old)");
  }

  @Test
  void recentKeyInUse_passes() {
    tester.given(user("ci").key("AKIA1", "2026-05-01T00:00:00Z", "2026-05-31T00:00:00Z").build())
        .expectPass("ci");
  }

  @Test
  void keyExactlyNinetyDaysOld_passes() {
    tester.at("2026-06-01T00:00:00Z")
        .given(user("ci").key("AKIA1", NINETY_DAYS_BEFORE, "2026-05-31T00:00:00Z").build())
        .expectPass("ci").expectFail();
  }

  @Test
  void keyOneSecondPastNinetyDays_fails() {
    tester.at("2026-06-01T00:00:01Z")
        .given(user("ci").key("AKIA1", NINETY_DAYS_BEFORE, "2026-05-31T00:00:00Z").build())
        .expectFail("ci").expectMessageContains("ci", "90 days old");
  }

  @ParameterizedTest(name = "now {0} → {1}")
  @CsvSource({
      "2026-03-03T00:00:00Z, PASS",
      "2026-05-31T23:59:59Z, PASS",
      "2026-06-01T00:00:00Z, PASS",
      "2026-06-01T00:00:01Z, FAIL",
      "2027-01-01T00:00:00Z, FAIL"})
  void ageBoundaryMatrix(String now, String outcome) {
    // age alone: keep the unused-credential rule out of the way
    var run = tester.withThresholds(Thresholds.DEFAULTS.with("unusedCredentialDays", "400")).at(now)
        .given(user("ci").key("AKIA1", NINETY_DAYS_BEFORE, NINETY_DAYS_BEFORE).build());
    if (outcome.equals("FAIL")) {
      run.expectFail("ci").expectPass();
    } else {
      run.expectPass("ci").expectFail();
    }
  }

  @Test
  void unusedForLongerThanThreshold_warns() {
    tester.withThresholds(Thresholds.DEFAULTS.with("unusedCredentialDays", "30"))
        .at("2026-06-01T00:00:01Z")
        .given(user("ci").key("AKIA1", "2026-04-01T00:00:00Z", "2026-05-02T00:00:00Z").build())
        .expectWarn("ci").expectFail().expectMessageContains("ci", "last used 30 days ago");
  }

  @Test
  void unusedExactlyThreshold_passes() {
    tester.withThresholds(Thresholds.DEFAULTS.with("unusedCredentialDays", "30"))
        .at("2026-06-01T00:00:00Z")
        .given(user("ci").key("AKIA1", "2026-04-01T00:00:00Z", "2026-05-02T00:00:00Z").build())
        .expectPass("ci").expectWarn();
  }

  @Test
  void neverUsedKey_judgedByCreationDate_warns() {
    tester.withThresholds(Thresholds.DEFAULTS.with("unusedCredentialDays", "30"))
        .at("2026-06-01T00:00:01Z")
        .given(user("ci").key("AKIA1", "2026-05-02T00:00:00Z").build(),
            user("ok").key("AKIA2", "2026-05-02T00:00:01Z").build())
        .expectWarn("ci").expectPass("ok").expectMessageContains("ci", "never used");
  }

  @Test
  void oldKeyBesideFreshKey_oneFailPerPrincipal() {
    var run = tester.given(user("ci")
        .key("AKIA-OLD", "2025-01-01T00:00:00Z", "2026-05-31T00:00:00Z")
        .key("AKIA-NEW", "2026-05-30T00:00:00Z", "2026-05-31T00:00:00Z").build());
    run.expectFail("ci").expectPass();
    if (run.findings().size() != 1) {
      throw new AssertionError("expected one result per principal, got " + run.findings());
    }
  }

  @Test
  void oldInactiveKeyBesideFreshKey_passes() {
    tester.given(user("ci").inactiveKey("AKIA-OLD", "2020-01-01T00:00:00Z")
            .key("AKIA-NEW", "2026-05-30T00:00:00Z", "2026-05-31T00:00:00Z").build())
        .expectPass("ci");
  }

  @Test
  void principalWithoutActiveKeys_isNotJudged() {
    tester.given(role("app").build(), user("alice").console().mfa(true).build())
        .expectNotApplicable();
  }

  @Test
  void oldRootKey_fails() {
    tester.given(root().key("AKIAROOT", "2024-01-01T00:00:00Z").build()).expectFail("root");
  }

  @Test
  void creationDateUnknown_isUnknown() {
    tester.given(user("ci").key("AKIA1", null, "2026-05-31T00:00:00Z").build())
        .expectUnknownFor("ci").expectPass();
  }

  @Test
  void creationDateUnknownButOtherKeyOld_fails() {
    tester.given(user("ci").key("AKIA1", null).key("AKIA2", "2024-01-01T00:00:00Z").build())
        .expectFail("ci");
  }

  @Test
  void userWhoseKeyListCouldNotBeRead_isUnknown_neverSkipped() {
    tester.given(user("ci").keysUnread().build()).expectUnknownFor("ci").expectPass();
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(Principal.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
