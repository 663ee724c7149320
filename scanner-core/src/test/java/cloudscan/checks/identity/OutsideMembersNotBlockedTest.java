package cloudscan.checks.identity;

import static cloudscan.checks.identity.IdentityGuardrailFacts.MEMBERS;
import static cloudscan.checks.identity.IdentityGuardrailFacts.PROJECT;
import static cloudscan.checks.identity.IdentityGuardrailFacts.gcpMember;
import static cloudscan.checks.identity.IdentityGuardrailFacts.keys;
import static cloudscan.checks.identity.IdentityGuardrailFacts.members;

import cloudscan.core.fact.Known;
import cloudscan.testkit.CheckTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutsideMembersNotBlockedTest {

  private final CheckTester tester = CheckTester.of(new OutsideMembersNotBlocked());

  @Test
  void enforcedForTheOwnCustomerOnly_passes() {
    tester.given(members(true, List.of("C0own"), Known.of(List.of())), gcpMember()).inScope(PROJECT)
        .expectPass(MEMBERS)
        .expectMessageContains(MEMBERS, "only to members of the organization's own [C0own]");
  }

  @Test
  void notEnforced_warns() {
    tester.given(members(false, List.of(), Known.of(List.of())), gcpMember()).inScope(PROJECT)
        .expectWarn(MEMBERS).expectPass()
        .expectMessageContains(MEMBERS, "any Google account or domain");
  }

  @Test
  void enforcedButAllowingAnotherCustomer_warnsNamingIt() {
    tester.given(members(true, List.of("C0own", "C0partner"), Known.of(List.of("C0partner"))), gcpMember())
        .inScope(PROJECT)
        .expectWarn(MEMBERS)
        .expectMessageContains(MEMBERS, "other customers [C0partner]; the city must approve them");
  }

  @Test
  void enforcedButOwnCustomerUnread_neverPasses() {
    tester.given(members(true, List.of("C0abc"), Known.unread()), gcpMember()).inScope(PROJECT)
        .expectWarn(MEMBERS).expectPass()
        .expectMessageContains(MEMBERS, "could not be read");
  }

  @Test
  void theKeyGuardrail_isNotThisChecksBusiness() {
    tester.given(keys(false), members(true, List.of("C0own"), Known.of(List.of())), gcpMember()).inScope(PROJECT)
        .expectPass(MEMBERS).expectWarn();
  }
}
