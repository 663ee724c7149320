package cloudscan.azure.collect.network;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.network.AdminPortOpen;
import cloudscan.core.check.Status;
import cloudscan.core.fact.NetworkRule;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AzureFirewallCollectorTest {

  static final String S = "/subscriptions/" + SUB + "/providers/Microsoft.Network/";
  static final String HUB = "/subscriptions/" + SUB + "/resourceGroups/rg-hub/providers/Microsoft.Network/firewallPolicies/";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  static void stub(AzureFake f) {
    f.get(S + "ipGroups", "network/ipgroups.json").get(S + "azureFirewalls", "network/azurefirewalls.json")
        .get(S + "firewallPolicies", "network/firewall-policies.json")
        .get(HUB + "fwp-hub/ruleCollectionGroups", "network/fwp-hub-groups.json")
        .get(HUB + "fwp-base/ruleCollectionGroups", "network/fwp-base-groups.json");
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new AzureFirewallCollector(clients));
  }

  @Test
  void deniedRuleCollectionGroups_isAGap_andAdminPortsUnknownNeverPass() {
    stub(fake);
    fake.error("GET", HUB + "fwp-hub/ruleCollectionGroups", 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.gaps().get(0).operation(), c.judge(new AdminPortOpen()).has(Status.UNKNOWN),
        c.judge(new AdminPortOpen()).findings().stream().anyMatch(f -> f.resource().id().contains("fwp-hub")
            && f.status() == Status.PASS)))
        .containsExactly("network:FirewallPolicyRuleCollectionGroups_List", true, false);
  }

  @Test
  void dnatOfSshFromAnywhere_fails_andDnatFromTheOfficeOnlyPasses() {
    stub(fake);
    Collected c = collect();
    assertThat(List.of(c.verdict(new AdminPortOpen(), "firewallpolicies/fwp-hub"),
        c.verdict(new AdminPortOpen(), "azurefirewalls/fw-classic"))).containsExactly(Status.FAIL, Status.PASS);
  }

  @Test
  void basePolicyDnatRules_areARuleSetOfTheFirewallToo_resolvedThroughTheIpGroup() {
    stub(fake);
    Collected c = collect();
    assertThat(c.all(NetworkRule.class)).filteredOn(r -> r.target().id().endsWith("/fwp-base"))
        .singleElement().satisfies(r -> assertThat(r.sourcesLabel()).contains("list:").contains("ipgroups/ipg-office"));
  }

  @Test
  void ipGroup_isAnAddressListWithItsRanges() {
    stub(fake);
    assertThat(collect().one(cloudscan.core.fact.AddressList.class, "ipgroups/ipg-office").entries().value())
        .extracting(Object::toString).containsExactly("203.0.113.0/24", "198.51.100.0/24");
  }

  @Test
  void networkRules_areNotInboundExposure_onlyDnatIs() {
    stub(fake);
    assertThat(collect().all(NetworkRule.class)).extracting(NetworkRule::ruleId).allMatch(id -> id.startsWith("DNAT "));
  }

  @Test
  void basePolicyNotReadable_isAGap() {
    stub(fake);
    fake.get(S + "firewallPolicies", AzureFake.fixture("network/firewall-policies.json")
        .replaceFirst("(?s),\\s*\\{\\s*\"id\": \"[^\"]*fwp-base\".*\\]", "]"));
    assertThat(collect().gaps()).singleElement().satisfies(g -> assertThat(g.message()).contains("fwp-base"));
  }
}
