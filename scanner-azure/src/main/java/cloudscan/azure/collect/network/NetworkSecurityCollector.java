package cloudscan.azure.collect.network;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Known;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.network.NetworkManager;
import com.azure.resourcemanager.network.fluent.models.NetworkInterfaceInner;
import com.azure.resourcemanager.network.fluent.models.NetworkInterfaceIpConfigurationInner;
import com.azure.resourcemanager.network.fluent.models.NetworkSecurityGroupInner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NSGs → {@link NetworkRule} (custom and default rules, with priorities) and what each NSG filters →
 * {@link NetworkAttachment}: per network interface, the subnet's NSG (outer layer) then the NIC's
 * own; per subnet that has an NSG but no interface this scan sees (application gateways, delegated
 * services), the subnet itself as the listener. Two list calls per subscription.
 */
public final class NetworkSecurityCollector implements Collector {

  private final AzureClients clients;

  public NetworkSecurityCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "network";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(NetworkRule.class, NetworkAttachment.class, ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    Map<String, String> subnetNsg = new HashMap<>();
    Map<String, String> nsgLocation = new HashMap<>();
    for (NetworkSecurityGroupInner nsg : securityGroups(clients, sub)) {
      ResourceRef ref = AzureRefs.ref(sub, nsg.location(), nsg.type(), nsg.id());
      out.accept(new ResourceLabel(ref, nsg.name(), Known.of(nsg.tags() == null ? Map.of() : nsg.tags())));
      rules(nsg).forEach(r -> out.accept(NsgRules.rule(ref, r)));
      nsgLocation.put(ref.id(), ref.location());
      if (nsg.subnets() != null) {
        nsg.subnets().forEach(s -> subnetNsg.put(AzureRefs.id(s.id()), ref.id()));
      }
    }
    Set<String> subnetsWithNics = new HashSet<>();
    for (NetworkInterfaceInner nic : interfaces(clients, sub)) {
      String subnet = primarySubnet(nic);
      if (subnet != null) {
        subnetsWithNics.add(subnet);
      }
      out.accept(attachment(sub, nic, subnet == null ? null : subnetNsg.get(subnet)));
    }
    subnetNsg.forEach((subnet, nsg) -> {
      if (!subnetsWithNics.contains(subnet)) {
        ResourceRef ref = AzureRefs.ref(sub, nsgLocation.get(nsg), "microsoft.network/virtualnetworks/subnets", subnet);
        out.accept(new NetworkAttachment(ref, List.of(new NetworkAttachment.Layer(List.of(nsg))), List.of()));
      }
    });
  }

  /** Every NSG of the subscription, read once per scan (the flow-log collector needs them too). */
  public static List<NetworkSecurityGroupInner> securityGroups(AzureClients clients, String sub) {
    return clients.shared("network:NetworkSecurityGroups_ListAll|" + sub, () -> Reads.unlessUnregistered(
        () -> clients.manager(sub, NetworkManager.class, NetworkManager::authenticate)
            .serviceClient().getNetworkSecurityGroups().list().stream().toList()));
  }

  /** Every network interface of the subscription, read once per scan (the compute collector needs them too). */
  public static List<NetworkInterfaceInner> interfaces(AzureClients clients, String sub) {
    return clients.shared("network:NetworkInterfaces_ListAll|" + sub, () -> Reads.unlessUnregistered(
        () -> clients.manager(sub, NetworkManager.class, NetworkManager::authenticate)
            .serviceClient().getNetworkInterfaces().list().stream().toList()));
  }

  /** Every virtual network of the subscription, read once per scan (flow logs and Bastion reach need them). */
  public static List<com.azure.resourcemanager.network.fluent.models.VirtualNetworkInner> networks(AzureClients clients,
      String sub) {
    return clients.shared("network:VirtualNetworks_ListAll|" + sub, () -> Reads.unlessUnregistered(
        () -> clients.manager(sub, NetworkManager.class, NetworkManager::authenticate)
            .serviceClient().getVirtualNetworks().list().stream().toList()));
  }

  private static List<com.azure.resourcemanager.network.fluent.models.SecurityRuleInner> rules(
      NetworkSecurityGroupInner nsg) {
    List<com.azure.resourcemanager.network.fluent.models.SecurityRuleInner> all = new ArrayList<>();
    if (nsg.securityRules() != null) {
      all.addAll(nsg.securityRules());
    }
    if (nsg.defaultSecurityRules() != null) {
      all.addAll(nsg.defaultSecurityRules());
    }
    return all;
  }

  private static NetworkAttachment attachment(String sub, NetworkInterfaceInner nic, String subnetNsg) {
    List<NetworkAttachment.Layer> layers = new ArrayList<>();
    if (subnetNsg != null) {
      layers.add(new NetworkAttachment.Layer(List.of(subnetNsg)));
    }
    if (nic.networkSecurityGroup() != null && nic.networkSecurityGroup().id() != null) {
      layers.add(new NetworkAttachment.Layer(List.of(AzureRefs.id(nic.networkSecurityGroup().id()))));
    }
    return new NetworkAttachment(AzureRefs.ref(sub, nic.location(), nic.type(), nic.id()), layers, groupsOf(nic));
  }

  /** The application security groups a NIC's IP configurations belong to: what NSG rules aimed at ASGs match. */
  private static List<String> groupsOf(NetworkInterfaceInner nic) {
    if (nic.ipConfigurations() == null) {
      return List.of();
    }
    return nic.ipConfigurations().stream()
        .filter(c -> c.applicationSecurityGroups() != null)
        .flatMap(c -> c.applicationSecurityGroups().stream())
        .map(g -> g.id().toLowerCase(java.util.Locale.ROOT)).distinct().toList();
  }

  private static String primarySubnet(NetworkInterfaceInner nic) {
    if (nic.ipConfigurations() == null) {
      return null;
    }
    return nic.ipConfigurations().stream()
        .sorted((a, b) -> Boolean.compare(Boolean.TRUE.equals(b.primary()), Boolean.TRUE.equals(a.primary())))
        .map(NetworkInterfaceIpConfigurationInner::subnet)
        .filter(s -> s != null && s.id() != null)
        .map(s -> AzureRefs.id(s.id()))
        .findFirst().orElse(null);
  }
}
