package cloudscan.azure.collect.network;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.checks.network.AdminPortOpen;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.ResourceRef;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import com.azure.resourcemanager.network.fluent.models.ApplicationSecurityGroupInner;
import com.azure.resourcemanager.network.models.SecurityRuleAccess;
import com.azure.resourcemanager.network.models.SecurityRuleDirection;
import com.azure.resourcemanager.network.models.SecurityRuleProtocol;
import com.azure.resourcemanager.network.fluent.models.SecurityRuleInner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inbound NSG rules aimed at some destinations (review: a DENY for one VM's IP closed SSH for every VM). */
class NsgRulesTest {

  private static final ResourceRef NSG = Refs.azure("japaneast", "networkSecurityGroups", "nsg-app");
  private static final String ASG_JUMP =
      "/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg/providers/microsoft.network/applicationsecuritygroups/asg-jump";

  private static SecurityRuleInner ssh(String name, SecurityRuleAccess access, int priority) {
    return new SecurityRuleInner().withName(name).withAccess(access).withDirection(SecurityRuleDirection.INBOUND)
        .withProtocol(SecurityRuleProtocol.TCP).withSourceAddressPrefix("Internet").withSourcePortRange("*")
        .withDestinationPortRange("22").withPriority(priority);
  }

  private static NetworkAttachment nic(String id, List<String> asgs) {
    return new NetworkAttachment(Refs.azure("japaneast", "networkInterfaces", id),
        List.of(new NetworkAttachment.Layer(List.of(NSG.id()))), asgs);
  }

  @Test
  void denyAimedAtOneVmsAddress_doesNotCloseSshForTheOthers() {
    NetworkRule deny = NsgRules.rule(NSG, ssh("deny-ssh-jump-ip", SecurityRuleAccess.DENY, 100)
        .withDestinationAddressPrefix("10.0.1.9/32"));
    NetworkRule allow = NsgRules.rule(NSG, ssh("allow-ssh", SecurityRuleAccess.ALLOW, 200).withDestinationAddressPrefix("*"));
    assertThat(deny.appliesTo()).containsExactly("dst:10.0.1.9/32");
    CheckTester.of(new AdminPortOpen()).given(deny, allow).inScope("azure/00000000-0000-0000-0000-000000000001/japaneast", "NetworkRule")
        .expectFail("nsg-app");
  }

  @Test
  void denyForEveryDestination_closesSshForEveryone() {
    NetworkRule deny = NsgRules.rule(NSG, ssh("deny-ssh", SecurityRuleAccess.DENY, 100).withDestinationAddressPrefix("*"));
    NetworkRule allow = NsgRules.rule(NSG, ssh("allow-ssh", SecurityRuleAccess.ALLOW, 200).withDestinationAddressPrefix("*"));
    assertThat(deny.appliesTo()).isEmpty();
    CheckTester.of(new AdminPortOpen()).given(deny, allow).inScope("azure/00000000-0000-0000-0000-000000000001/japaneast", "NetworkRule")
        .expectPass("nsg-app");
  }

  @Test
  void allowAimedAtAnApplicationSecurityGroup_opensOnlyTheNicsInIt() {
    NetworkRule allow = NsgRules.rule(NSG, ssh("allow-ssh-jump", SecurityRuleAccess.ALLOW, 200)
        .withDestinationApplicationSecurityGroups(List.of(new ApplicationSecurityGroupInner().withId(ASG_JUMP))));
    assertThat(allow.appliesTo()).containsExactly(ASG_JUMP);
    // Exposure through the NICs: only the NIC in asg-jump is open.
    CheckTester.of(new AdminPortOpen()).given(allow, nic("nic-jump", List.of(ASG_JUMP)))
        .inScope("azure/00000000-0000-0000-0000-000000000001/japaneast").expectFail("nsg-app");
    CheckTester.of(new AdminPortOpen()).given(allow, nic("nic-web", List.of()))
        .inScope("azure/00000000-0000-0000-0000-000000000001/japaneast").expectPass("nsg-app");
  }
}
