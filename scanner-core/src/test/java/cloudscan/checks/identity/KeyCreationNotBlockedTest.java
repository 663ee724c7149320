package cloudscan.checks.identity;

import static cloudscan.checks.identity.IdentityGuardrailFacts.KEYS;
import static cloudscan.checks.identity.IdentityGuardrailFacts.PROJECT;
import static cloudscan.checks.identity.IdentityGuardrailFacts.azureGuest;
import static cloudscan.checks.identity.IdentityGuardrailFacts.gcpMember;
import static cloudscan.checks.identity.IdentityGuardrailFacts.keys;
import static cloudscan.checks.identity.IdentityGuardrailFacts.members;
import static cloudscan.testkit.IdentityFacts.user;

import cloudscan.core.fact.IdentityGuardrail;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
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

  @Test
  void gcpProjectWhereThePolicyWasLookedForAndNotFound_warns() {
    tester.given(gcpMember()).inScope(PROJECT).expectWarn(PROJECT).expectPass();
  }

  @Test
  void gcpProjectWhereNobodyLookedForThePolicy_isUnknown() {
    tester.given(gcpMember()).inScope(PROJECT, "Principal").expectUnknown();
  }

  @Test
  void readFailure_isUnknown_neverPass() {
    tester.given(gcpMember()).inScope(PROJECT).andGap(IdentityGuardrail.class, PROJECT).expectUnknown();
  }

  @Test
  void awsAccountAndAzureSubscription_areNotJudged() {
    tester.given(user("alice").console().mfa(true).build(), azureGuest())
        .inScope("aws/" + Refs.ACCOUNT + "/" + ResourceRef.GLOBAL, "Principal")
        .inScope("azure/00000000-0000-0000-0000-000000000001/global", "Principal")
        .expectNotApplicable();
  }
}
