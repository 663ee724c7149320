package cloudscan.gcp.collect.orgpolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.fact.IdentityGuardrail;
import cloudscan.core.fact.IdentityGuardrail.Control;
import cloudscan.core.fact.Known;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bodies shaped like orgpolicy v2 {@code projects.policies.getEffectivePolicy} and Resource Manager v3 {@code organizations.get}. */
class IdentityPolicyCollectorTest {

  private static final String BASE = "/v2/projects/city-sandbox/policies/";
  private static final String MEMBERS = BASE + "iam.allowedPolicyMemberDomains:getEffectivePolicy";
  private static final String KEYS = BASE + "iam.disableServiceAccountKeyCreation:getEffectivePolicy";
  private static final String MANAGED_KEYS = BASE + "iam.managed.disableServiceAccountKeyCreation:getEffectivePolicy";
  private static final String ORG = """
      {"name": "organizations/42", "displayName": "city-vendor.jp", "directoryCustomerId": "C0abc123", "state": "ACTIVE"}""";

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private IdentityGuardrail collect(Control control, String keys, String members, String... parents) {
    fake.get(KEYS, keys).get(MEMBERS, members).get(MANAGED_KEYS, "{}");
    Collected out = new Collected();
    new IdentityPolicyCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox", parents), out);
    return out.all(IdentityGuardrail.class).stream().filter(g -> g.control() == control).findFirst().orElseThrow();
  }

  private static String enforce(boolean on) {
    return "{\"name\": \"projects/111111111111/policies/iam.disableServiceAccountKeyCreation\", "
        + "\"spec\": {\"rules\": [{\"enforce\": " + on + "}]}}";
  }

  private static String allowed(String... customers) {
    return "{\"name\": \"projects/111111111111/policies/iam.allowedPolicyMemberDomains\", \"spec\": {\"rules\": "
        + "[{\"values\": {\"allowedValues\": [\"" + String.join("\", \"", customers) + "\"]}}]}}";
  }

  @Test
  void keyCreationEnforced_isAnEnforcedGuardrail() {
    IdentityGuardrail g = collect(Control.LONG_LIVED_KEYS, enforce(true), "{}");
    assertThat(g.enforced()).isTrue();
    assertThat(g.resource().id()).isEqualTo("projects/111111111111/policies/iam.disableServiceAccountKeyCreation");
  }

  @Test
  void keyCreationNotSetOrOff_isNotEnforced() {
    assertThat(collect(Control.LONG_LIVED_KEYS, enforce(false), "{}").enforced()).isFalse();
    fake.server().resetMappings();
    IdentityGuardrail unset = collect(Control.LONG_LIVED_KEYS, "{}", "{}");
    assertThat(unset.enforced()).isFalse();
    assertThat(unset.resource().id()).isEqualTo("projects/city-sandbox/policies/iam.disableServiceAccountKeyCreation");
  }

  @Test
  void keyCreationBlockedByTheManagedConstraintAlone_isEnforced() {
    fake.get(MANAGED_KEYS, "{\"name\": \"projects/111111111111/policies/iam.managed.disableServiceAccountKeyCreation\", "
        + "\"spec\": {\"rules\": [{\"enforce\": true}]}}");
    fake.get(KEYS, "{}").get(MEMBERS, "{}");
    Collected out = new Collected();
    new IdentityPolicyCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    IdentityGuardrail g = out.all(IdentityGuardrail.class).stream().filter(x -> x.control() == Control.LONG_LIVED_KEYS)
        .findFirst().orElseThrow();
    assertThat(g.enforced()).isTrue();
    assertThat(g.resource().id()).endsWith("iam.managed.disableServiceAccountKeyCreation");
  }

  @Test
  void legacyNotEnforced_andManagedUnreadable_isAGap_neverNotEnforced() {
    fake.get(KEYS, "{}").get(MEMBERS, "{}").fail(MANAGED_KEYS, 403, GcpFake.denied("orgpolicy.policy.get"));
    Collected out = new Collected();
    new IdentityPolicyCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    assertThat(out.all(IdentityGuardrail.class)).noneMatch(x -> x.control() == Control.LONG_LIVED_KEYS);
    assertThat(out.gaps()).singleElement().satisfies(g -> assertThat(g.kinds()).containsExactly(IdentityGuardrail.class));
  }

  @Test
  void keyCreationEnforcedOnlyUnderACondition_isNotEnforced() {
    String conditional = """
        {"spec": {"rules": [{"condition": {"expression": "resource.matchTag('123/env', 'prod')"}, "enforce": true},
                            {"enforce": false}]}}""";
    assertThat(collect(Control.LONG_LIVED_KEYS, conditional, "{}").enforced()).isFalse();
    fake.server().resetMappings();
    String onlyConditional = """
        {"spec": {"rules": [{"condition": {"expression": "resource.matchTag('123/env', 'prod')"}, "enforce": true}]}}""";
    assertThat(collect(Control.LONG_LIVED_KEYS, onlyConditional, "{}").enforced()).isFalse();
  }

  @Test
  void membersLimitedToTheOrganizationsOwnCustomer_hasNoOutsideParty() {
    fake.get("/v3/organizations/42", ORG);
    IdentityGuardrail g = collect(Control.OUTSIDE_MEMBERS, enforce(true), allowed("is:C0abc123"), "organizations/42");
    assertThat(g.enforced()).isTrue();
    assertThat(g.allowedParties()).containsExactly("C0abc123");
    assertThat(g.outsideParties()).isEqualTo(Known.of(List.of()));
  }

  @Test
  void anotherCustomerAllowed_isAnOutsideParty() {
    fake.get("/v3/organizations/42", ORG);
    IdentityGuardrail g = collect(Control.OUTSIDE_MEMBERS, enforce(true), allowed("C0abc123", "C0partner9"), "organizations/42");
    assertThat(g.outsideParties()).isEqualTo(Known.of(List.of("C0partner9")));
  }

  @Test
  void organizationUnreadable_leavesOutsidePartiesUnread() {
    fake.fail("/v3/organizations/42", 403, GcpFake.denied("resourcemanager.organizations.get"));
    IdentityGuardrail g = collect(Control.OUTSIDE_MEMBERS, enforce(true), allowed("C0abc123"), "organizations/42");
    assertThat(g.enforced()).isTrue();
    assertThat(g.outsideParties().isUnread()).isTrue();
  }

  @Test
  void projectWithoutOrganization_leavesOutsidePartiesUnread() {
    assertThat(collect(Control.OUTSIDE_MEMBERS, enforce(true), allowed("C0abc123")).outsideParties().isUnread()).isTrue();
  }

  @Test
  void membersAllowAllOrUnset_isNotEnforced() {
    IdentityGuardrail all = collect(Control.OUTSIDE_MEMBERS, enforce(true), "{\"spec\": {\"rules\": [{\"allowAll\": true}]}}");
    assertThat(all.enforced()).isFalse();
    assertThat(all.allowedParties()).isEmpty();
    fake.server().resetMappings();
    assertThat(collect(Control.OUTSIDE_MEMBERS, enforce(true), "{}").enforced()).isFalse();
  }

  @Test
  void membersRestrictedOnlyUnderACondition_isNotEnforced_butItsValuesCount() {
    fake.get("/v3/organizations/42", ORG);
    String conditional = """
        {"spec": {"rules": [{"condition": {"expression": "resource.matchTag('123/env', 'dev')"},
                             "values": {"allowedValues": ["C0other"]}}]}}""";
    IdentityGuardrail g = collect(Control.OUTSIDE_MEMBERS, enforce(true), conditional, "organizations/42");
    assertThat(g.enforced()).isFalse();
  }

  @Test
  void deniedRead_failsTheCollector_soTheCheckIsUnknown() {
    fake.fail(KEYS, 403, GcpFake.denied("orgpolicy.policy.get"));
    Collected out = new Collected();
    assertThatThrownBy(() -> new IdentityPolicyCollector(GcpTesting.context(fake))
        .collect(GcpTesting.project("city-sandbox"), out)).isInstanceOf(GcpCall.GcpCallException.class);
    assertThat(out.all(IdentityGuardrail.class)).isEmpty();
  }

  @Test
  void looksForBothControls() {
    assertThat(new IdentityPolicyCollector(GcpTesting.context(fake)).looksFor())
        .containsExactlyInAnyOrder("IdentityGuardrail.OUTSIDE_MEMBERS", "IdentityGuardrail.LONG_LIVED_KEYS");
  }
}
