package cloudscan.azure.collect.compute;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.collect.network.FlowLogCollector;
import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.exposure.ServerWithoutManagedAccess;
import cloudscan.checks.network.FlowLogsOff;
import cloudscan.core.check.Status;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Virtual machines with their maintenance paths, and VNet flow logs (the network reads they share). */
class ComputeCollectorTest {

  static final String S = "/subscriptions/" + SUB + "/providers/";
  static final String WATCHER = "/subscriptions/" + SUB
      + "/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/NetworkWatcher_japaneast";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
    fake.get(S + "Microsoft.Compute/virtualMachines", "network/vms.json")
        .get(S + "Microsoft.Network/networkInterfaces", "network/nics-page1.json")
        .page(S + "Microsoft.Network/networkInterfaces", "page2", "network/nics-page2.json")
        .get(S + "Microsoft.Network/virtualNetworks", "network/vnets.json")
        .get(S + "Microsoft.Network/bastionHosts", "network/bastion-hosts.json")
        .get(S + "Microsoft.Network/networkSecurityGroups", "network/nsgs.json")
        .get(S + "Microsoft.Network/networkWatchers", "network/watchers.json")
        .get(WATCHER + "/flowLogs", "network/flowlogs.json")
        .get(S + "Microsoft.Security/jitNetworkAccessPolicies", "security/jit-other-vm.json");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new ComputeCollector(clients), new FlowLogCollector(clients));
  }

  @Test
  void deniedVmList_isUnknownNeverPass() {
    fake.error("GET", S + "Microsoft.Compute/virtualMachines", 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.judge(new ServerWithoutManagedAccess()).has(Status.UNKNOWN),
        c.judge(new ServerWithoutManagedAccess()).has(Status.PASS))).containsExactly(true, false);
  }

  @Test
  void vmInAVnetPeeredWithABastion_hasAManagedPath() {
    assertThat(collect().verdict(new ServerWithoutManagedAccess(), "virtualmachines/vm-web")).isEqualTo(Status.PASS);
  }

  @Test
  void isolatedVmWithAPublicIpAndNoBastion_fails() {
    assertThat(collect().verdict(new ServerWithoutManagedAccess(), "virtualmachines/vm-iso")).isEqualTo(Status.FAIL);
  }

  @Test
  void deniedJitPolicies_leaveAVmWithoutBastionUnknown_andTheBastionOneStillPasses() {
    fake.error("GET", S + "Microsoft.Security/jitNetworkAccessPolicies", 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.verdict(new ServerWithoutManagedAccess(), "virtualmachines/vm-iso"),
        c.verdict(new ServerWithoutManagedAccess(), "virtualmachines/vm-web"))).containsExactly(Status.UNKNOWN, Status.PASS);
  }

  @Test
  void justInTimeAccess_isAManagedPath_forTheVmItCovers() {
    fake.get(S + "Microsoft.Security/jitNetworkAccessPolicies", "security/jit.json");
    assertThat(collect().verdict(new ServerWithoutManagedAccess(), "virtualmachines/vm-iso")).isEqualTo(Status.PASS);
  }

  @Test
  void deniedFlowLogs_leaveEveryVnetUnknownNeverPass() {
    fake.error("GET", WATCHER + "/flowLogs", 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.verdict(new FlowLogsOff(), "virtualnetworks/vnet-hub"), c.judge(new FlowLogsOff()).has(Status.PASS)))
        .containsExactly(Status.UNKNOWN, false);
  }

  @Test
  void vnetFlowLog_passes_nsgFlowLogOnOneSubnetIsPartial_andADisabledOneIsNone() {
    Collected c = collect();
    assertThat(List.of(c.verdict(new FlowLogsOff(), "virtualnetworks/vnet-hub"), c.verdict(new FlowLogsOff(), "virtualnetworks/vnet-app"),
        c.verdict(new FlowLogsOff(), "virtualnetworks/vnet-iso"))).containsExactly(Status.PASS, Status.FAIL, Status.FAIL);
  }
}
