package cloudscan.checks.identity;

import static cloudscan.testkit.IdentityFacts.root;
import static cloudscan.testkit.IdentityFacts.user;

import cloudscan.core.fact.Principal;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;

class RootMfaOffTest {

  private final CheckTester tester = CheckTester.of(new RootMfaOff());

  @Test
  void rootWithoutMfa_fails() {
    tester.given(root().console().mfa(false).build()).expectFail("root");
  }

  @Test
  void rootWithMfa_passes() {
    tester.given(root().console().mfa(true).build()).expectPass("root").expectFail();
  }

  @Test
  void rootMfaUnreadable_isUnknown() {
    tester.given(root().console().mfa(null).build()).expectUnknownFor("root").expectPass();
  }

  @Test
  void rootWithoutPassword_centralisedRootAccess_passesWithoutMfa() {
    tester.given(root().mfa(false).build()).expectPass("root").expectFail()
        .expectMessageContains("root", "cannot sign in");
  }

  @Test
  void rootWhosePasswordStateWasNotRead_andNoMfa_isUnknown_neverPass() {
    tester.given(root().consoleUnread().mfa(false).build()).expectUnknownFor("root").expectPass().expectFail();
  }

  @Test
  void ordinaryUserWithoutMfa_isNotJudged() {
    tester.given(user("alice").console().mfa(false).build()).expectNotApplicable();
  }

  @Test
  void awsAccountWhereIdentitiesWereLookedFor_butNoRootRecorded_isUnknown_neverMet() {
    tester.given().inScope("aws/111122223333/global", "Principal", "PasswordPolicy")
        .expectUnknownFor("aws/111122223333/global").expectPass().expectFail();
  }

  @Test
  void azureSubscriptionWithoutRoot_isNotJudged_azureHasNoRootUser() {
    tester.given().inScope("azure/00000000-0000-0000-0000-000000000001/global", "Principal").expectNotApplicable();
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(Principal.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
