package cloudscan.gcp.collect.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.Direction;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.RuleAction;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpErrors;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import cloudscan.core.snapshot.GapKind;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FirewallCollectorTest {

  static final String NETWORKS = """
      {"kind": "compute#networkList", "items": [
        {"name": "vpc-a", "selfLink": "https://www.googleapis.com/compute/v1/projects/city-sandbox/global/networks/vpc-a"}]}""";

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  static final String EFFECTIVE = "/compute/v1/projects/city-sandbox/global/networks/vpc-a/getEffectiveFirewalls";

  private Collected collect(String firewalls) {
    fake.get("/compute/v1/projects/city-sandbox/global/networks", NETWORKS)
        .get("/compute/v1/projects/city-sandbox/global/firewalls", firewalls);
    if (fake.count("GET", EFFECTIVE) == 0 && fake.server().getStubMappings().stream()
        .noneMatch(m -> String.valueOf(m.getRequest().getUrlPath()).equals(EFFECTIVE))) {
      fake.get(EFFECTIVE, "{\"firewalls\": []}");
    }
    fake.get(FirewallPoliciesTest.AGGREGATED, "{}");
    Collected out = new Collected();
    new FirewallCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  private static String firewall(String body) {
    return """
        {"kind": "compute#firewallList", "items": [{"kind": "compute#firewall",
          "network": "https://www.googleapis.com/compute/v1/projects/city-sandbox/global/networks/vpc-a", %s}]}""".formatted(body);
  }

  @Test
  void deniedList_throwsNamedRead_neverEmptyRules() {
    fake.get("/compute/v1/projects/city-sandbox/global/networks", NETWORKS)
        .fail("/compute/v1/projects/city-sandbox/global/firewalls", 403, GcpFake.denied("compute.firewalls.list"));
    Collected out = new Collected();
    assertThatThrownBy(() -> new FirewallCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out))
        .isInstanceOf(GcpCall.GcpCallException.class)
        .satisfies(e -> {
          assertThat(GcpErrors.describe(e).kind()).isEqualTo(GapKind.ACCESS_DENIED);
          assertThat(GcpErrors.describe(e).message()).contains("compute.firewalls.list");
        });
  }

  @Test
  void ingressDenyAimedAtSomeDestinations_appliesToNoMember_soItNeverClosesWhatAnAllowOpens() {
    // False-PASS case (review): a deny for the jump host's address only must not close SSH for every VM.
    Collected out = collect("""
        {"kind": "compute#firewallList", "items": [
          {"name": "deny-ssh-to-jump", "direction": "INGRESS", "priority": 100,
           "network": "https://www.googleapis.com/compute/v1/projects/city-sandbox/global/networks/vpc-a",
           "sourceRanges": ["0.0.0.0/0"], "destinationRanges": ["10.0.0.4/32"],
           "denied": [{"IPProtocol": "tcp", "ports": ["22"]}]},
          {"name": "allow-ssh", "direction": "INGRESS", "priority": 200,
           "network": "https://www.googleapis.com/compute/v1/projects/city-sandbox/global/networks/vpc-a",
           "sourceRanges": ["0.0.0.0/0"], "allowed": [{"IPProtocol": "tcp", "ports": ["22"]}]}]}""");
    NetworkRule deny = out.all(NetworkRule.class, x -> x.ruleId().equals("deny-ssh-to-jump")).get(0);
    assertThat(deny.appliesTo()).containsExactly("dst:10.0.0.4/32");
    cloudscan.testkit.CheckTester.of(new cloudscan.checks.network.AdminPortOpen())
        .given(out.all(NetworkRule.class)).inScope("gcp/city-sandbox/global", "NetworkRule")
        .expectFail("//compute.googleapis.com/projects/city-sandbox/global/networks/vpc-a");
  }

  @Test
  void ingressDenyToEveryDestination_staysADenyForEveryMember() {
    assertThat(FirewallRules.narrowsDestination(List.of())).isFalse();
    assertThat(FirewallRules.narrowsDestination(List.of("0.0.0.0/0"))).isFalse();
    assertThat(FirewallRules.narrowsDestination(List.of("10.0.0.0/8"))).isTrue();
  }

  @Test
  void sshFromAnywhere_isIngressAllowWithPriorityAndTargets() {
    Collected out = collect(firewall("""
        "name": "allow-ssh", "direction": "INGRESS", "priority": 900,
        "sourceRanges": ["0.0.0.0/0", "::/0"], "targetTags": ["bastion"],
        "allowed": [{"IPProtocol": "tcp", "ports": ["22", "8000-8080"]}]"""));
    NetworkRule r = out.all(NetworkRule.class, x -> x.ruleId().equals("allow-ssh")).get(0);
    assertThat(r.target().id()).isEqualTo("//compute.googleapis.com/projects/city-sandbox/global/networks/vpc-a");
    assertThat(r.direction()).isEqualTo(Direction.INBOUND);
    assertThat(r.action()).isEqualTo(RuleAction.ALLOW);
    assertThat(r.priority()).isEqualTo(900);
    assertThat(r.ports()).containsExactly(PortRange.single(22), new PortRange(8000, 8080));
    assertThat(r.sources()).containsExactly(Peer.of(Cidr.ANY_V4), Peer.of(Cidr.ANY_V6));
    assertThat(r.appliesTo()).containsExactly("tag:bastion");
  }

  @Test
  void sshFromOffice_isOnlyThatRange() {
    Collected out = collect(firewall("""
        "name": "allow-ssh-office", "sourceRanges": ["203.0.113.0/24"],
        "allowed": [{"IPProtocol": "tcp", "ports": ["22"]}]"""));
    NetworkRule r = out.all(NetworkRule.class, x -> x.ruleId().equals("allow-ssh-office")).get(0);
    assertThat(r.sources()).containsExactly(Peer.cidr("203.0.113.0/24"));
    assertThat(r.priority()).isEqualTo(1000); // absent priority is the default 1000
    assertThat(r.appliesTo()).isEmpty();
  }

  @Test
  void noSourceAtAll_meansEveryIpv4Address() {
    Collected out = collect(firewall("""
        "name": "allow-all-implicit", "allowed": [{"IPProtocol": "all"}]"""));
    NetworkRule r = out.all(NetworkRule.class, x -> x.ruleId().equals("allow-all-implicit")).get(0);
    assertThat(r.protocol()).isEqualTo(Protocol.ALL);
    assertThat(r.ports()).containsExactly(PortRange.ALL);
    assertThat(r.sources()).containsExactly(Peer.of(Cidr.ANY_V4));
  }

  @Test
  void sourceTagsAndServiceAccounts_areOwnGroups_notInternet() {
    Collected out = collect(firewall("""
        "name": "from-web", "sourceTags": ["web"], "sourceServiceAccounts": ["app@city-sandbox.iam.gserviceaccount.com"],
        "targetServiceAccounts": ["db@city-sandbox.iam.gserviceaccount.com"], "allowed": [{"IPProtocol": "tcp", "ports": ["5432"]}]"""));
    NetworkRule r = out.all(NetworkRule.class, x -> x.ruleId().equals("from-web")).get(0);
    assertThat(r.sources()).containsExactly(new Peer.Group("tag:web"), new Peer.Group("sa:app@city-sandbox.iam.gserviceaccount.com"));
    assertThat(r.appliesTo()).containsExactly("sa:db@city-sandbox.iam.gserviceaccount.com");
  }

  @Test
  void denyRule_andEgress_keepTheirActionAndDirection() {
    Collected out = collect(firewall("""
        "name": "deny-rdp", "priority": 100, "sourceRanges": ["0.0.0.0/0"],
        "denied": [{"IPProtocol": "tcp", "ports": ["3389"]}, {"IPProtocol": "icmp"}]"""));
    List<NetworkRule> rules = out.all(NetworkRule.class, x -> x.ruleId().equals("deny-rdp"));
    assertThat(rules).extracting(NetworkRule::action).containsOnly(RuleAction.DENY);
    assertThat(rules).extracting(NetworkRule::protocol).containsExactly(Protocol.TCP, Protocol.ICMP);
    assertThat(rules.get(1).ports()).isEmpty();
  }

  @Test
  void disabledRule_isNotInForce_andNotEmitted() {
    Collected out = collect(firewall("""
        "name": "old-open", "disabled": true, "sourceRanges": ["0.0.0.0/0"], "allowed": [{"IPProtocol": "all"}]"""));
    assertThat(out.all(NetworkRule.class, x -> x.ruleId().equals("old-open"))).isEmpty();
  }

  @Test
  void everyNetwork_hasItsImpliedRules() {
    Collected out = collect("{\"items\": []}");
    assertThat(out.all(NetworkRule.class)).extracting(NetworkRule::ruleId, NetworkRule::action, NetworkRule::priority)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("implied-deny-ingress", RuleAction.DENY, 65535),
            org.assertj.core.groups.Tuple.tuple("implied-allow-egress", RuleAction.ALLOW, 65535));
  }

  @Test
  void unreadableEffectiveFirewalls_isAFailedRead() {
    fake.fail(EFFECTIVE, 403, GcpFake.denied("compute.networks.getEffectiveFirewalls"));
    assertThatThrownBy(() -> collect("{}")).isInstanceOf(GcpCall.GcpCallException.class);
  }
}
