package cloudscan.checks.identity;

import static cloudscan.testkit.IdentityFacts.user;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.IdentityGuardrail;
import cloudscan.core.fact.IdentityGuardrail.Control;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.ResourceRef;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoIdentityGuardrailTest {

  private static final String PROJECT = "gcp/city-project/global";
  private static final String MEMBERS = "projects/city-project/policies/iam.allowedPolicyMemberDomains";
  private static final String KEYS = "projects/city-project/policies/iam.disableServiceAccountKeyCreation";

  private final CheckTester tester = CheckTester.of(new NoIdentityGuardrail());

  private static IdentityGuardrail members(boolean enforced, List<String> allowed, Known<List<String>> outside) {
    return new IdentityGuardrail(Refs.gcp("global", "orgpolicy.googleapis.com/Policy", MEMBERS),
        Control.OUTSIDE_MEMBERS, enforced, allowed, outside);
  }

  private static IdentityGuardrail keys(boolean enforced) {
    return new IdentityGuardrail(Refs.gcp("global", "orgpolicy.googleapis.com/Policy", KEYS),
        Control.LONG_LIVED_KEYS, enforced, List.of(), Known.notOffered());
  }

  private static Principal gcpMember() {
    return new Principal(Refs.gcp("global", "iam.googleapis.com/Member", "user:a@city.example.jp"),
        Principal.Kind.USER, "user:a@city.example.jp", Known.of(true), Known.unread(), Known.notOffered(), null, null);
  }

  @Test
  void bothEnforced_ownCustomerOnly_pass() {
    tester.given(members(true, List.of("C0own"), Known.of(List.of())), keys(true), gcpMember()).inScope(PROJECT)
        .expectPass(MEMBERS, KEYS)
        .expectMessageContains(MEMBERS, "only to members of the organization's own [C0own]");
  }

  @Test
  void notEnforced_warnsForEachControl() {
    tester.given(members(false, List.of(), Known.of(List.of())), keys(false), gcpMember()).inScope(PROJECT)
        .expectWarn(MEMBERS, KEYS)
        .expectPass()
        .expectMessageContains(MEMBERS, "any Google account or domain")
        .expectMessageContains(KEYS, "new long-lived service-account keys can be created");
  }

  @Test
  void enforcedButAllowingAnotherCustomer_warnsNamingIt() {
    tester.given(members(true, List.of("C0own", "C0partner"), Known.of(List.of("C0partner"))), keys(true), gcpMember())
        .inScope(PROJECT)
        .expectWarn(MEMBERS).expectPass(KEYS)
        .expectMessageContains(MEMBERS, "other customers [C0partner]; the city must approve them");
  }

  @Test
  void enforcedButOwnCustomerUnread_neverPasses() {
    tester.given(members(true, List.of("C0abc"), Known.unread()), keys(true), gcpMember()).inScope(PROJECT)
        .expectWarn(MEMBERS).expectPass(KEYS)
        .expectMessageContains(MEMBERS, "could not be read");
  }

  @Test
  void gcpProjectWhereThePolicyWasLookedForAndNotFound_warns() {
    tester.given(gcpMember()).inScope(PROJECT)
        .expectWarn(PROJECT)
        .expectPass();
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
  void awsAccount_withoutGcpMembers_isNotJudged() {
    tester.given(user("alice").console().mfa(true).build()).inScope(Refs.awsTokyoScope())
        .inScope("aws/" + Refs.ACCOUNT + "/" + ResourceRef.GLOBAL, "Principal")
        .expectNotApplicable();
  }

  @Test
  void azureSubscription_isNotJudged() {
    Principal guest = new Principal(Refs.azure("global", "microsoft.graph/user", "guest-1"), Principal.Kind.GUEST,
        "guest-1", Known.of(true), Known.of(true), Known.notOffered(), "partner.example", null);
    tester.given(guest).inScope("azure/00000000-0000-0000-0000-000000000001/global", "Principal")
        .expectNotApplicable();
    assert guest.resource().cloud() == Cloud.AZURE;
  }
}
