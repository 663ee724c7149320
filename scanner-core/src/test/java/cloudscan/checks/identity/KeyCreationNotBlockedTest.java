package cloudscan.checks.identity;

import static cloudscan.checks.identity.IdentityGuardrailFacts.KEYS;
import static cloudscan.checks.identity.IdentityGuardrailFacts.PROJECT;
import static cloudscan.checks.identity.IdentityGuardrailFacts.gcpMember;
import static cloudscan.checks.identity.IdentityGuardrailFacts.keys;
import static cloudscan.checks.identity.IdentityGuardrailFacts.members;

import cloudscan.core.fact.Known;
import cloudscan.testkit.CheckTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyCreationNotBlockedTest {

  private final CheckTester tester = CheckTester.of(new KeyCreationNotBlocked());

  @Test
  void enforced_passes() {
    tester.given(keys(true), gcpMember()).inScope(PROJECT)
        .expectPass(KEYS)
        .expectMessageContains(KEYS, "no new service-account keys can be created");
  }

  @Test
  void notEnforced_warns() {
    tester.given(keys(false), gcpMember()).inScope(PROJECT)
        .expectWarn(KEYS).expectPass()
        .expectMessageContains(KEYS, "new long-lived service-account keys can be created");
  }

  @Test
  void theMemberGuardrail_isNotThisChecksBusiness() {
    tester.given(members(false, List.of(), Known.of(List.of())), keys(true), gcpMember()).inScope(PROJECT)
        .expectPass(KEYS).expectWarn();
  }
}
