package cloudscan.checks.identity;

import static cloudscan.testkit.IdentityFacts.principal;
import static cloudscan.testkit.IdentityFacts.root;
import static cloudscan.testkit.IdentityFacts.user;

import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Principal.Kind;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsoleUserWithoutMfaTest {

  private final CheckTester tester = CheckTester.of(new ConsoleUserWithoutMfa());

  @Test
  void consoleUserWithoutMfa_fails() {
    tester.given(user("alice").console().mfa(false).build(), user("bob").console().mfa(true).build())
        .expectFail("alice").expectPass("bob");
  }

  @Test
  void consoleUserWithMfa_passes() {
    tester.given(user("bob").console().mfa(true).build()).expectPass("bob");
  }

  @Test
  void mfaUnreadable_isUnknown() {
    tester.given(user("carol").console().mfa(null).build()).expectUnknownFor("carol").expectPass();
  }

  @Test
  void apiOnlyUser_isNotJudged() {
    tester.given(user("ci-bot").mfa(false).key("AKIA1", "2026-05-01T00:00:00Z").build())
        .expectNotApplicable();
  }

  @Test
  void rootWithoutMfa_isNotJudged() {
    tester.given(root().console().mfa(false).build()).expectNotApplicable();
  }

  @ParameterizedTest(name = "{0} console={1} mfa={2} → {3}")
  @CsvSource({
      "USER, true, false, FAIL",
      "GUEST, true, false, FAIL",
      "USER, true, true, PASS",
      "GUEST, true, true, PASS",
      "GUEST, true, , UNKNOWN",
      "USER, false, false, NONE",
      "ROLE, true, false, NONE",
      "SERVICE_ACCOUNT, true, false, NONE"})
  void kindConsoleMfaMatrix(Kind kind, boolean console, Boolean mfa, String outcome) {
    var builder = principal(kind, "p-1").mfa(mfa);
    var run = tester.given((console ? builder.console() : builder).build());
    switch (outcome) {
      case "FAIL" -> run.expectFail("p-1").expectPass();
      case "PASS" -> run.expectPass("p-1").expectFail();
      case "UNKNOWN" -> run.expectUnknownFor("p-1").expectPass();
      default -> run.expectNotApplicable();
    }
  }

  @Test
  void userWhoseLoginProfileCouldNotBeRead_andNoMfa_isUnknown_neverPassOrSkipped() {
    tester.given(user("dave").consoleUnread().mfa(false).build()).expectUnknownFor("dave").expectPass();
  }

  @Test
  void userWithoutMfaDevice_butMfaEnforcedByPolicyForTheTenant_passes() {
    var tenantPolicy = new cloudscan.core.fact.SecurityService(
        Refs.aws(cloudscan.core.fact.ResourceRef.GLOBAL, "conditional-access", "require-mfa"),
        cloudscan.core.fact.SecurityService.Kind.MFA_ENFORCEMENT, cloudscan.core.fact.Known.of(true), "require MFA");
    tester.given(user("erin").console().mfa(false).build(), tenantPolicy)
        .expectPass("erin").expectMessageContains("erin", "by policy");
  }

  @Test
  void mfaPolicyThatIsOff_doesNotCount() {
    var off = new cloudscan.core.fact.SecurityService(
        Refs.aws(cloudscan.core.fact.ResourceRef.GLOBAL, "conditional-access", "require-mfa"),
        cloudscan.core.fact.SecurityService.Kind.MFA_ENFORCEMENT, cloudscan.core.fact.Known.of(false), "report-only");
    tester.given(user("erin").console().mfa(false).build(), off).expectFail("erin");
  }

  @Test
  void userWithoutMfa_whenTheMfaPolicyCouldNotBeRead_isUnknown_notFail() {
    var unread = new cloudscan.core.fact.SecurityService(
        Refs.aws(cloudscan.core.fact.ResourceRef.GLOBAL, "conditional-access", "policies"),
        cloudscan.core.fact.SecurityService.Kind.MFA_ENFORCEMENT, cloudscan.core.fact.Known.unread(), "Conditional Access");
    tester.given(user("erin").console().mfa(false).build(), unread).expectUnknownFor("erin").expectFail();
  }

  @Test
  void googleGroupGrantedAccess_whoseMembersMfaCannotBeRead_isUnknown() {
    var group = new Principal(Refs.gcp("global", "iam.googleapis.com/Member", "group:admins@city.example"),
        Principal.Kind.GROUP, "group:admins@city.example", cloudscan.core.fact.Known.of(true),
        cloudscan.core.fact.Known.unread(), cloudscan.core.fact.Known.notOffered(), null, null);
    tester.given(group).expectUnknownFor("group:admins@city.example").expectPass().expectFail();
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(Principal.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
