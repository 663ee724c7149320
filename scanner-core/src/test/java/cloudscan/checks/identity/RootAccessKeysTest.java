package cloudscan.checks.identity;

import static cloudscan.testkit.IdentityFacts.root;
import static cloudscan.testkit.IdentityFacts.user;

import cloudscan.core.fact.Principal;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;

class RootAccessKeysTest {

  private final CheckTester tester = CheckTester.of(new RootAccessKeys());

  @Test
  void rootWithActiveKey_fails() {
    tester.given(root().key("AKIAROOT1", "2026-05-01T00:00:00Z").build()).expectFail("root")
        .expectMessageContains("root", "AKIAROOT1");
  }

  @Test
  void rootWithoutKeys_passes() {
    tester.given(root().mfa(true).build()).expectPass("root");
  }

  @Test
  void rootWithOnlyInactiveKey_passes() {
    tester.given(root().inactiveKey("AKIAOLD", "2020-01-01T00:00:00Z").build())
        .expectPass("root").expectFail();
  }

  @Test
  void rootWhoseKeyListCouldNotBeRead_isUnknown_neverPass() {
    tester.given(root().keysUnread().build()).expectUnknownFor("root").expectPass();
  }

  @Test
  void userWithKey_isNotJudged() {
    tester.given(user("ci").key("AKIAUSER", "2026-05-01T00:00:00Z").build()).expectNotApplicable();
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(Principal.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
