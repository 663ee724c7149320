package cloudscan.azure.collect.network;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.network.AdminPortOpen;
import cloudscan.checks.network.UnusedRuleSetOpen;
import cloudscan.core.check.Status;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PortRange;
import cloudscan.core.snapshot.GapKind;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkSecurityCollectorTest {

  static final String NSGS = "/subscriptions/" + SUB + "/providers/Microsoft.Network/networkSecurityGroups";
  static final String NICS = "/subscriptions/" + SUB + "/providers/Microsoft.Network/networkInterfaces";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new NetworkSecurityCollector(clients));
  }

  private Collected givenEstate() {
    fake.get(NSGS, "network/nsgs.json").get(NICS, "network/nics-page1.json").page(NICS, "page2", "network/nics-page2.json");
    return collect();
  }

  @Test
  void deniedNsgList_isAnAccessDeniedGap_andAdminPortsUnknownNeverPass() {
    fake.error("GET", NSGS, 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(c.gaps()).singleElement().satisfies(g -> assertThat(List.of(g.kind(), g.operation()))
        .containsExactly(GapKind.ACCESS_DENIED, "network:NetworkSecurityGroups_ListAll"));
    assertThat(c.judge(new AdminPortOpen()).has(Status.PASS)).isFalse();
    assertThat(c.judge(new AdminPortOpen()).has(Status.UNKNOWN)).isTrue();
  }

  @Test
  void sshFromTheInternetTag_failsOnTheNsgInFrontOfTheNic() {
    assertThat(givenEstate().verdict(new AdminPortOpen(), "networksecuritygroups/nsg-open")).isEqualTo(Status.FAIL);
  }

  @Test
  void sshFromPrivateRangesOnly_passes() {
    assertThat(givenEstate().verdict(new AdminPortOpen(), "networksecuritygroups/nsg-internal")).isEqualTo(Status.PASS);
  }

  @Test
  void aHigherPriorityDenyForTheInternet_winsOverALaterAllowAny() {
    assertThat(givenEstate().verdict(new AdminPortOpen(), "networksecuritygroups/nsg-deny-first")).isEqualTo(Status.PASS);
  }

  @Test
  void anNsgAttachedToNothing_isNotJudgedForExposure_butWarnsAsUnused() {
    Collected c = givenEstate();
    assertThat(List.of(c.judge(new AdminPortOpen()).findings().stream()
            .noneMatch(f -> f.resource().id().endsWith("nsg-unused")),
        c.verdict(new UnusedRuleSetOpen(), "networksecuritygroups/nsg-unused"))).containsExactly(true, Status.WARN);
  }

  @Test
  void defaultRules_areEmittedWithTheirPriorityAndServiceTags() {
    NetworkRule vnet = givenEstate().all(NetworkRule.class).stream()
        .filter(r -> r.target().id().endsWith("nsg-open") && r.ruleId().equals("AllowVnetInBound")).findFirst().orElseThrow();
    assertThat(List.of(vnet.priority(), vnet.sources(), vnet.ports()))
        .containsExactly(65000, List.of(new Peer.Tag("VirtualNetwork")), List.of(PortRange.ALL));
  }

  @Test
  void pluralPortRanges_areAllRead() {
    NetworkRule rdp = givenEstate().all(NetworkRule.class).stream()
        .filter(r -> r.ruleId().equals("allow-rdp-winrm-any")).findFirst().orElseThrow();
    assertThat(rdp.ports()).containsExactly(PortRange.single(3389), new PortRange(5985, 5986));
  }

  @Test
  void nicAttachment_listsSubnetNsgThenNicNsg_andFollowsTheNextLink() {
    Collected c = givenEstate();
    assertThat(List.of(c.one(NetworkAttachment.class, "networkinterfaces/nic-web").layers().get(0).ruleSets().get(0),
        c.one(NetworkAttachment.class, "networkinterfaces/nic-batch").layers().size()))
        .containsExactly("/subscriptions/" + SUB + "/resourcegroups/rg-app/providers/microsoft.network/networksecuritygroups/nsg-open", 0);
  }

  @Test
  void armIds_areStoredLowerCased() {
    assertThat(givenEstate().all(NetworkRule.class)).anyMatch(r -> r.target().id().endsWith("/nsg-gateway"))
        .allMatch(r -> r.target().id().equals(r.target().id().toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void aSubnetWithAnNsgAndNoNic_isItselfTheListener() {
    assertThat(givenEstate().one(NetworkAttachment.class, "subnets/snet-agw").layers()).hasSize(1);
  }
}
