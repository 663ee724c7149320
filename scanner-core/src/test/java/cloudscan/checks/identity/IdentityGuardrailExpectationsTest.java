package cloudscan.checks.identity;

import static cloudscan.checks.identity.IdentityGuardrailFacts.PROJECT;
import static cloudscan.checks.identity.IdentityGuardrailFacts.azureGuest;
import static cloudscan.checks.identity.IdentityGuardrailFacts.gcpMember;
import static cloudscan.testkit.IdentityFacts.user;

import cloudscan.core.check.Check;
import cloudscan.core.fact.IdentityGuardrail;
import cloudscan.core.fact.ResourceRef;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Where the two identity-guardrail checks expect a policy, and what silence means there. */
class IdentityGuardrailExpectationsTest {

  static Stream<Check> checks() {
    return Stream.of(new OutsideMembersNotBlocked(), new KeyCreationNotBlocked());
  }

  @ParameterizedTest
  @MethodSource("checks")
  void gcpProjectWhereThePolicyWasLookedForAndNotFound_warns(Check check) {
    CheckTester.of(check).given(gcpMember()).inScope(PROJECT).expectWarn(PROJECT).expectPass();
  }

  @ParameterizedTest
  @MethodSource("checks")
  void gcpProjectWhereNobodyLookedForThePolicy_isUnknown(Check check) {
    CheckTester.of(check).given(gcpMember()).inScope(PROJECT, "Principal").expectUnknown();
  }

  @ParameterizedTest
  @MethodSource("checks")
  void readFailure_isUnknown_neverPass(Check check) {
    CheckTester.of(check).given(gcpMember()).inScope(PROJECT).andGap(IdentityGuardrail.class, PROJECT).expectUnknown();
  }

  @ParameterizedTest
  @MethodSource("checks")
  void awsAccountAndAzureSubscription_areNotJudged(Check check) {
    CheckTester.of(check).given(user("alice").console().mfa(true).build(), azureGuest())
        .inScope("aws/" + Refs.ACCOUNT + "/" + ResourceRef.GLOBAL, "Principal")
        .inScope("azure/00000000-0000-0000-0000-000000000001/global", "Principal")
        .expectNotApplicable();
  }
}
