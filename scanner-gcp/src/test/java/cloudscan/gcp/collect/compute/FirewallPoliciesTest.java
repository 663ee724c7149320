package cloudscan.gcp.collect.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.checks.network.AdminPortOpen;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.snapshot.GapKind;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpErrors;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import cloudscan.testkit.CheckTester;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hierarchical, network and regional network firewall policies evaluated with the VPC firewall
 * rules in Google's order, then judged by the cross-cloud admin-port check: each case has a twin
 * that differs in one rule and gets the other verdict.
 */
class FirewallPoliciesTest {

  static final String AGGREGATED = "/compute/v1/projects/city-sandbox/aggregated/firewallPolicies";
  static final String NETWORK = "//compute.googleapis.com/projects/city-sandbox/global/networks/vpc-a";
  private static final String EFFECTIVE = "/compute/v1/projects/city-sandbox/global/networks/vpc-a/getEffectiveFirewalls";
  private static final String VPC_ALLOW_SSH = """
      {"items": [{"name": "allow-ssh", "network": "projects/city-sandbox/global/networks/vpc-a", "priority": 1000,
        "sourceRanges": ["0.0.0.0/0"], "allowed": [{"IPProtocol": "tcp", "ports": ["22"]}]}]}""";

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect(String network, String firewalls, String effective) {
    fake.get("/compute/v1/projects/city-sandbox/global/networks", "{\"items\": [" + network + "]}")
        .get("/compute/v1/projects/city-sandbox/global/firewalls", firewalls)
        .get(EFFECTIVE, effective)
        .get(AGGREGATED, "{}");
    Collected out = new Collected();
    new FirewallCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox", "folders/7", "organizations/42"), out);
    return out;
  }

  private Collected collect(String firewalls, String effective) {
    return collect(vpcA(""), firewalls, effective);
  }

  private static String vpcA(String extra) {
    return "{\"name\": \"vpc-a\", \"selfLink\": \"https://www.googleapis.com/compute/v1/projects/city-sandbox/global/networks/vpc-a\""
        + extra + "}";
  }

  /** The admin-port check over the collected rules, each rule set judged on its own. */
  private static CheckTester.Run judged(Collected out) {
    return CheckTester.of(new AdminPortOpen()).given(out.facts()).inScope("gcp/city-sandbox/global", "NetworkRule");
  }

  private static String policies(String type, String name, String rules) {
    return """
        {"firewallPolicys": [{"name": "%s", "shortName": "%s", "type": "%s", "rules": [%s]}]}""".formatted(name, name, type, rules);
  }

  private static String rule(int priority, String action, String ranges, String l4) {
    return """
        {"priority": %d, "action": "%s", "direction": "INGRESS", "match": {"srcIpRanges": [%s], "layer4Configs": [%s]}}"""
        .formatted(priority, action, ranges, l4);
  }

  private static final String ANY = "\"0.0.0.0/0\"";
  private static final String SSH = "{\"ipProtocol\": \"tcp\", \"ports\": [\"22\"]}";
  private static final String ALL = "{\"ipProtocol\": \"all\"}";

  @Test
  void deniedPolicyList_isANamedFailedRead_neverTheVpcRulesAlone() {
    fake.fail(AGGREGATED, 403, GcpFake.denied("compute.regionFirewallPolicies.list"));
    assertThatThrownBy(() -> collect(VPC_ALLOW_SSH, "{}"))
        .isInstanceOf(GcpCall.GcpCallException.class)
        .satisfies(e -> assertThat(GcpErrors.describe(e).kind()).isEqualTo(GapKind.ACCESS_DENIED))
        .hasMessageContaining("compute.regionFirewallPolicies.list");
  }

  @Test
  void organizationPolicyAllowingSsh_overridesTheImpliedDeny_fails() {
    Collected out = collect("{}", policies("HIERARCHY", "org-baseline", rule(1000, "allow", ANY, SSH)));
    assertThat(out.gaps()).isEmpty();
    judged(out).expectFail(NETWORK);
  }

  @Test
  void organizationPolicyDenyingSsh_winsOverAVpcAllow_passes() {
    Collected out = collect(VPC_ALLOW_SSH, policies("HIERARCHY", "org-baseline", rule(1000, "deny", ANY, SSH)));
    judged(out).expectPass(NETWORK);
  }

  @Test
  void gotoNext_handsSshToTheVpcRules_whichAllowIt_fails() {
    String org = policies("HIERARCHY", "org-baseline", rule(100, "goto_next", ANY, SSH) + "," + rule(200, "deny", ANY, ALL));
    Collected out = collect(VPC_ALLOW_SSH, org);
    assertThat(out.all(NetworkRule.class, r -> r.ruleId().equals("allow-ssh via org-baseline/100"))).isNotEmpty();
    judged(out).expectFail(NETWORK);
  }

  @Test
  void gotoNext_handsSshToVpcRulesThatAllowNothing_passes() {
    String org = policies("HIERARCHY", "org-baseline", rule(100, "goto_next", ANY, SSH) + "," + rule(200, "deny", ANY, ALL));
    judged(collect("{}", org)).expectPass(NETWORK);
  }

  @Test
  void vpcRuleAtTheLowestPriority_isStillAVpcRule_beforeTheNetworkPolicy() {
    String lowest = VPC_ALLOW_SSH.replace("\"priority\": 1000", "\"priority\": 65535");
    judged(collect(lowest, policies("NETWORK", "net-policy", rule(1, "deny", ANY, SSH)))).expectFail(NETWORK);
  }

  @Test
  void policiesThatOnlyHandOn_leaveTheVpcRulesAsTheyAre() {
    Collected out = collect(VPC_ALLOW_SSH, policies("HIERARCHY", "defaults", rule(2147483647, "goto_next", ANY, ALL)));
    assertThat(out.all(NetworkRule.class, r -> r.ruleId().equals("allow-ssh"))).singleElement()
        .satisfies(r -> assertThat(r.priority()).isEqualTo(1000));
  }

  @Test
  void twoHierarchicalPolicies_organizationFirst_itsDenyWins_passes() {
    associations();
    String effective = """
        {"firewallPolicys": [
          {"name": "222", "shortName": "folder-open", "type": "HIERARCHY", "rules": [%s]},
          {"name": "111", "shortName": "org-closed", "type": "HIERARCHY", "rules": [%s]}]}"""
        .formatted(rule(10, "allow", ANY, SSH), rule(500, "deny", ANY, SSH));
    judged(collect("{}", effective)).expectPass(NETWORK);
  }

  @Test
  void twoHierarchicalPolicies_organizationHandsOn_folderAllows_fails() {
    associations();
    String effective = """
        {"firewallPolicys": [
          {"name": "111", "shortName": "org", "type": "HIERARCHY", "rules": [%s, %s]},
          {"name": "222", "shortName": "folder-open", "type": "HIERARCHY", "rules": [%s]}]}"""
        .formatted(rule(10, "goto_next", ANY, SSH), rule(500, "deny", ANY, ALL), rule(10, "allow", ANY, SSH));
    judged(collect("{}", effective)).expectFail(NETWORK);
  }

  @Test
  void hierarchicalPolicyNotAssociatedAbove_leavesTheOrderUnknown_aGap() {
    associations();
    String effective = """
        {"firewallPolicys": [
          {"name": "111", "shortName": "org", "type": "HIERARCHY", "rules": [%s]},
          {"name": "999", "shortName": "stranger", "type": "HIERARCHY", "rules": [%s]}]}"""
        .formatted(rule(10, "deny", ANY, SSH), rule(10, "allow", ANY, SSH));
    Collected out = collect(VPC_ALLOW_SSH, effective);
    assertThat(out.gaps()).singleElement().satisfies(g -> {
      assertThat(g.kinds()).containsExactly(NetworkRule.class);
      assertThat(GcpErrors.describe(g.error()).kind()).isEqualTo(GapKind.UNSUPPORTED);
      assertThat(g.error().getMessage()).contains("stranger", "vpc-a");
    });
  }

  private void associations() {
    fake.stub(WireMock.get(WireMock.urlPathEqualTo("/compute/v1/locations/global/firewallPolicies/listAssociations"))
            .withQueryParam("targetResource", WireMock.equalTo("organizations/42")),
        "{\"associations\": [{\"name\": \"org-assoc\", \"attachmentTarget\": \"organizations/42\", \"firewallPolicyId\": \"111\"}]}")
        .stub(WireMock.get(WireMock.urlPathEqualTo("/compute/v1/locations/global/firewallPolicies/listAssociations"))
            .withQueryParam("targetResource", WireMock.equalTo("folders/7")),
        "{\"associations\": [{\"name\": \"f-assoc\", \"attachmentTarget\": \"folders/7\", \"firewallPolicyId\": \"222\"}]}");
  }

  @Test
  void networkPolicyDeny_comesAfterTheVpcAllowByDefault_fails() {
    judged(collect(VPC_ALLOW_SSH, policies("NETWORK", "net-policy", rule(1, "deny", ANY, SSH)))).expectFail(NETWORK);
  }

  @Test
  void networkPolicyDeny_beforeClassicFirewall_winsOverTheVpcAllow_passes() {
    Collected out = collect(vpcA(", \"networkFirewallPolicyEnforcementOrder\": \"BEFORE_CLASSIC_FIREWALL\""), VPC_ALLOW_SSH,
        policies("NETWORK", "net-policy", rule(1, "deny", ANY, SSH)));
    judged(out).expectPass(NETWORK);
  }

  @Test
  void regionalPolicyAllowingSsh_opensThatRegionOnly() {
    fake.get(AGGREGATED, """
        {"items": {"regions/asia-northeast1": {"firewallPolicies": [{"name": "tokyo-policy",
          "region": "https://www.googleapis.com/compute/v1/projects/city-sandbox/regions/asia-northeast1",
          "associations": [{"name": "a", "attachmentTarget": "https://www.googleapis.com/compute/v1/projects/city-sandbox/global/networks/vpc-a"}],
          "rules": [%s]}]}}}""".formatted(rule(1000, "allow", ANY, SSH)));
    fake.get("/compute/v1/projects/city-sandbox/global/networks", "{\"items\": [" + vpcA("") + "]}")
        .get("/compute/v1/projects/city-sandbox/global/firewalls", "{}")
        .get(EFFECTIVE, "{}");
    Collected out = new Collected();
    new FirewallCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    judged(out).expectFail(NETWORK + "/regions/asia-northeast1").expectPass(NETWORK);
  }

  @Test
  void instanceInARegionWithRegionalPolicy_sitsBehindThatRegionsRuleSet() {
    fake.get(AGGREGATED, """
        {"items": {"regions/asia-northeast1": {"firewallPolicies": [{"name": "tokyo-policy", "region": "regions/asia-northeast1",
          "associations": [{"attachmentTarget": "projects/city-sandbox/global/networks/vpc-a"}], "rules": [%s]}]}}}"""
        .formatted(rule(1000, "deny", ANY, SSH)))
        .get("/compute/v1/projects/city-sandbox/global/networks", "{\"items\": [" + vpcA("") + "]}")
        .get("/compute/v1/projects/city-sandbox/global/firewalls", "{}")
        .get(EFFECTIVE, "{}")
        .get("/compute/v1/projects/city-sandbox/aggregated/instances", """
            {"items": {"zones/asia-northeast1-a": {"instances": [{"name": "vm-1", "zone": "zones/asia-northeast1-a",
              "networkInterfaces": [{"network": "projects/city-sandbox/global/networks/vpc-a"}]}]}}}""");
    Collected out = new Collected();
    new InstanceCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    assertThat(out.all(NetworkAttachment.class)).singleElement().satisfies(a -> assertThat(a.layers().get(0).ruleSets())
        .containsExactly(NETWORK + "/regions/asia-northeast1"));
  }

  @Test
  void allowForSecureTags_cannotBeMatchedToInstances_aGapNotAPass() {
    String effective = policies("NETWORK", "net-policy", """
        {"priority": 10, "action": "allow", "direction": "INGRESS", "targetSecureTags": [{"name": "tagValues/123"}],
         "match": {"srcIpRanges": ["0.0.0.0/0"], "layer4Configs": [{"ipProtocol": "tcp", "ports": ["22"]}]}}""");
    Collected out = collect("{}", effective);
    assertThat(out.gaps()).singleElement().satisfies(g -> assertThat(g.error().getMessage()).contains("secure tag"));
  }

  @Test
  void ruleNarrowedByDestination_isNotEvaluated_aGap() {
    String effective = policies("HIERARCHY", "org", """
        {"priority": 10, "action": "deny", "direction": "INGRESS",
         "match": {"srcIpRanges": ["0.0.0.0/0"], "destIpRanges": ["10.0.0.0/8"], "layer4Configs": [{"ipProtocol": "all"}]}}""");
    assertThat(collect(VPC_ALLOW_SSH, effective).gaps()).singleElement()
        .satisfies(g -> assertThat(g.error().getMessage()).contains("destination"));
  }

  @Test
  void geoAndThreatListSources_areProviderTags_sshFromJapanIsTheInternet() {
    String effective = policies("HIERARCHY", "org", """
        {"priority": 10, "action": "allow", "direction": "INGRESS",
         "match": {"srcRegionCodes": ["JP"], "layer4Configs": [{"ipProtocol": "tcp", "ports": ["22"]}]}}""");
    Collected out = collect("{}", effective);
    assertThat(out.all(NetworkRule.class, r -> r.ruleId().equals("org/10"))).singleElement()
        .satisfies(r -> assertThat(r.sourcesLabel()).isEqualTo("tag:geo:JP"));
    judged(out).expectFail(NETWORK);
  }
}
