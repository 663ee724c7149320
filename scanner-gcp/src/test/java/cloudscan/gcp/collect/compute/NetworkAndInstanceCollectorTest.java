package cloudscan.gcp.collect.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.VirtualNetwork;
import cloudscan.core.fact.VirtualNetwork.FlowLogs;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NetworkAndInstanceCollectorTest {

  static final String NET = "https://www.googleapis.com/compute/v1/projects/city-sandbox/global/networks/";
  static final String NETWORKS = """
      {"items": [{"name": "default", "selfLink": "%sdefault"}, {"name": "prod", "selfLink": "%sprod"},
        {"name": "empty", "selfLink": "%sempty"}]}""".formatted(NET, NET, NET);

  private final GcpFake fake = new GcpFake();
  private final GcpContext ctx = GcpTesting.context(fake);

  @AfterEach
  void stop() {
    fake.close();
  }

  private static String subnet(String name, String network, String log) {
    return """
        {"name": "%s", "network": "%s%s", "region": "asia-northeast1", "ipCidrRange": "10.0.0.0/24"%s}"""
        .formatted(name, NET, network, log);
  }

  private Collected networks(String subnets) {
    fake.get("/compute/v1/projects/city-sandbox/global/networks", NETWORKS)
        .get("/compute/v1/projects/city-sandbox/aggregated/subnetworks", """
            {"items": {"regions/asia-northeast1": {"subnetworks": [%s]}}}""".formatted(subnets));
    Collected out = new Collected();
    new NetworkCollector(ctx).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  @Test
  void deniedSubnetList_isAFailedRead_notNoFlowLogs() {
    fake.get("/compute/v1/projects/city-sandbox/global/networks", NETWORKS)
        .fail("/compute/v1/projects/city-sandbox/aggregated/subnetworks", 403, GcpFake.denied("compute.subnetworks.list"));
    assertThatThrownBy(() -> new NetworkCollector(ctx).collect(GcpTesting.project("city-sandbox"), new Collected()))
        .isInstanceOf(GcpCall.GcpCallException.class);
  }

  @Test
  void flowLogsArePerSubnet_allSomeOrNone() {
    Collected out = networks(String.join(",",
        subnet("d1", "default", ""),
        subnet("p-a", "prod", ", \"logConfig\": {\"enable\": true}"),
        subnet("p-b", "prod", ", \"logConfig\": {\"enable\": false}"),
        subnet("proxy", "default", ", \"purpose\": \"REGIONAL_MANAGED_PROXY\"")));
    assertThat(out.one(VirtualNetwork.class, "/networks/default").flowLogs()).isEqualTo(Known.of(FlowLogs.NONE));
    assertThat(out.one(VirtualNetwork.class, "/networks/default").isDefault()).isTrue();
    assertThat(out.one(VirtualNetwork.class, "/networks/prod").flowLogs()).isEqualTo(Known.of(FlowLogs.PARTIAL));
    assertThat(out.all(VirtualNetwork.class, n -> n.resource().id().endsWith("/empty"))).isEmpty();
  }

  @Test
  void everySubnetLogging_isAll() {
    Collected out = networks(subnet("p-a", "prod", ", \"logConfig\": {\"enable\": true}"));
    assertThat(out.one(VirtualNetwork.class, "/networks/prod").flowLogs()).isEqualTo(Known.of(FlowLogs.ALL));
  }

  private Collected instances(String firewalls) {
    return instances(firewalls, "{}");
  }

  private Collected instances(String firewalls, String effective) {
    fake.get("/compute/v1/projects/city-sandbox/global/firewalls", firewalls)
        .get("/compute/v1/projects/city-sandbox/global/networks", "{\"items\": [{\"name\": \"prod\", \"selfLink\": \"" + NET + "prod\"}]}")
        .get("/compute/v1/projects/city-sandbox/global/networks/prod/getEffectiveFirewalls", effective)
        .get(FirewallPoliciesTest.AGGREGATED, "{}")
        .get("/compute/v1/projects/city-sandbox/aggregated/instances", """
            {"items": {"zones/asia-northeast1-b": {"instances": [
              {"name": "web-1", "zone": "https://www.googleapis.com/compute/v1/projects/city-sandbox/zones/asia-northeast1-b",
               "tags": {"items": ["web"]}, "labels": {"env": "prod"},
               "serviceAccounts": [{"email": "web@city-sandbox.iam.gserviceaccount.com"}],
               "networkInterfaces": [{"network": "%sprod", "networkIP": "10.0.0.2",
                 "accessConfigs": [{"type": "ONE_TO_ONE_NAT", "natIP": "203.0.113.7"}]}]}]},
              "zones/us-central1-a": {"warning": {"code": "NO_RESULTS_ON_PAGE"}}}}""".formatted(NET));
    Collected out = new Collected();
    // a fresh context: the firewall list is read once per scan and shared
    new InstanceCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  @Test
  void instance_isAttachedToItsNetwork_asItsTagsAndServiceAccount() {
    Collected out = instances("{}");
    NetworkAttachment a = out.one(NetworkAttachment.class, "/instances/web-1");
    assertThat(a.layers()).singleElement().satisfies(l -> assertThat(l.ruleSets())
        .containsExactly("//compute.googleapis.com/projects/city-sandbox/global/networks/prod"));
    assertThat(a.members()).containsExactly("tag:web", "sa:web@city-sandbox.iam.gserviceaccount.com");
    Located l = out.one(Located.class, "/instances/web-1");
    assertThat(l.zone()).isEqualTo(Known.of("asia-northeast1-b"));
    assertThat(l.resource().location()).isEqualTo("asia-northeast1");
  }

  @Test
  void unreadableFirewallPolicies_leaveManagedAccessUnknown_neverFalseOrTrue() {
    fake.fail("/compute/v1/projects/city-sandbox/global/networks/prod/getEffectiveFirewalls", 403,
        GcpFake.denied("compute.networks.getEffectiveFirewalls"));
    ComputeInstance i = instances(IAP_FOR_WEB).one(ComputeInstance.class, "/instances/web-1");
    assertThat(i.managedAccess()).isEqualTo(Known.unread());
    assertThat(i.publicIp()).isEqualTo(Known.of(true));
  }

  @Test
  void anOrganizationPolicyDenyingSsh_blocksTheIapRule_noManagedAccess() {
    String org = """
        {"firewallPolicys": [{"name": "1", "shortName": "org", "type": "HIERARCHY", "rules": [{"priority": 5,
          "action": "deny", "direction": "INGRESS", "match": {"srcIpRanges": ["0.0.0.0/0"],
          "layer4Configs": [{"ipProtocol": "tcp", "ports": ["22", "3389"]}]}}]}]}""";
    assertThat(instances(IAP_FOR_WEB, org).one(ComputeInstance.class, "/instances/web-1").managedAccess())
        .isEqualTo(Known.of(false));
  }

  private static final String IAP_FOR_WEB = """
      {"items": [{"name": "allow-iap", "network": "%sprod", "sourceRanges": ["35.235.240.0/20"],
        "targetTags": ["web"], "allowed": [{"IPProtocol": "tcp", "ports": ["22"]}]}]}""".formatted(NET);

  @Test
  void withoutAnIapRule_thereIsNoManagedAccess() {
    ComputeInstance i = instances("{}").one(ComputeInstance.class, "/instances/web-1");
    assertThat(i.managedAccess()).isEqualTo(Known.of(false));
    assertThat(i.publicIp()).isEqualTo(Known.of(true));
  }

  @Test
  void anIapRuleForItsTag_isManagedAccess_butNotForAnotherTag() {
    String iap = """
        {"items": [{"name": "allow-iap", "network": "%sprod", "sourceRanges": ["35.235.240.0/20"],
          "targetTags": ["%s"], "allowed": [{"IPProtocol": "tcp", "ports": ["22"]}]}]}""";
    assertThat(instances(iap.formatted(NET, "web")).one(ComputeInstance.class, "/web-1").managedAccess())
        .isEqualTo(Known.of(true));
    fake.server().resetMappings();
    assertThat(instances(iap.formatted(NET, "db")).one(ComputeInstance.class, "/web-1").managedAccess())
        .isEqualTo(Known.of(false));
  }

  @Test
  void aDenyBeforeTheIapRule_blocksIt_noManagedAccess() {
    String rules = """
        {"items": [{"name": "deny-ssh", "network": "%sprod", "priority": 100, "sourceRanges": ["0.0.0.0/0"],
          "denied": [{"IPProtocol": "tcp", "ports": ["22", "3389"]}]},
          {"name": "allow-iap", "network": "%sprod", "priority": 1000, "sourceRanges": ["35.235.240.0/20"],
          "allowed": [{"IPProtocol": "tcp", "ports": ["22"]}]}]}""".formatted(NET, NET);
    assertThat(instances(rules).one(ComputeInstance.class, "/web-1").managedAccess()).isEqualTo(Known.of(false));
  }
}
