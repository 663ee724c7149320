package cloudscan.azure.collect.compute;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.azure.collect.network.NetworkSecurityCollector;
import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.compute.ComputeManager;
import com.azure.resourcemanager.compute.fluent.models.VirtualMachineInner;
import com.azure.resourcemanager.network.NetworkManager;
import com.azure.resourcemanager.network.fluent.models.BastionHostInner;
import com.azure.resourcemanager.network.fluent.models.NetworkInterfaceInner;
import com.azure.resourcemanager.network.fluent.models.VirtualNetworkInner;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Virtual machines → {@link ComputeInstance} and {@link Located}: a public IP when one of its network
 * interfaces has one; a managed maintenance path when Azure Bastion serves its virtual network
 * (a Bastion in the same VNet or in a directly peered one) or just-in-time VM access covers it
 * (Defender for Cloud). If the JIT policies cannot be read, a VM without Bastion has an unread path
 * (a gap), never "none".
 */
public final class ComputeCollector implements Collector {

  private final AzureClients clients;

  public ComputeCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "compute";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(ComputeInstance.class, Located.class, ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    ComputeManager compute = clients.manager(sub, ComputeManager.class, ComputeManager::authenticate);
    List<VirtualMachineInner> vms = Reads.unlessUnregistered(
        () -> compute.serviceClient().getVirtualMachines().list().stream().toList());
    if (vms.isEmpty()) {
      return;
    }
    Map<String, NetworkInterfaceInner> nics = new HashMap<>();
    NetworkSecurityCollector.interfaces(clients, sub).forEach(n -> nics.put(AzureRefs.id(n.id()), n));
    Set<String> served = bastionServed(sub);
    Reads.Fetched<Set<String>> jit = Reads.fetch(out, Set.of(ComputeInstance.class), () -> JitAccess.protectedVms(clients, sub));
    for (VirtualMachineInner vm : vms) {
      ResourceRef ref = AzureRefs.ref(sub, vm.location(), vm.type(), vm.id());
      List<NetworkInterfaceInner> mine = vm.networkProfile() == null || vm.networkProfile().networkInterfaces() == null
          ? List.of() : vm.networkProfile().networkInterfaces().stream()
              .map(r -> nics.get(AzureRefs.id(r.id()))).filter(n -> n != null).toList();
      boolean publicIp = mine.stream().anyMatch(n -> n.ipConfigurations() != null && n.ipConfigurations().stream()
          .anyMatch(c -> c.publicIpAddress() != null));
      boolean bastion = mine.stream().anyMatch(n -> n.ipConfigurations() != null && n.ipConfigurations().stream()
          .anyMatch(c -> c.subnet() != null && served.contains(vnetOf(c.subnet().id()))));
      Known<Boolean> managed = bastion || jit.ok() && jit.value().contains(ref.id()) ? Known.of(true)
          : jit.ok() ? Known.of(false) : Known.unread();
      out.accept(new ComputeInstance(ref, managed, Known.of(publicIp)));
      out.accept(new Located(ref, vm.zones() == null || vm.zones().isEmpty() ? Known.notOffered()
          : Known.of(String.join(",", vm.zones())), false));
      out.accept(new ResourceLabel(ref, vm.name(), Known.of(vm.tags() == null ? Map.of() : vm.tags())));
    }
  }

  /** VNets (lower-case IDs) a Bastion host serves: its own and those peered with it. */
  private Set<String> bastionServed(String sub) {
    NetworkManager network = clients.manager(sub, NetworkManager.class, NetworkManager::authenticate);
    Set<String> withBastion = new HashSet<>();
    for (BastionHostInner b : Reads.unlessUnregistered(() -> network.serviceClient().getBastionHosts().list().stream().toList())) {
      if (b.ipConfigurations() != null) {
        b.ipConfigurations().stream().filter(c -> c.subnet() != null).forEach(c -> withBastion.add(vnetOf(c.subnet().id())));
      }
      if (b.virtualNetwork() != null) {
        withBastion.add(AzureRefs.id(b.virtualNetwork().id()));
      }
    }
    Set<String> served = new HashSet<>(withBastion);
    for (VirtualNetworkInner v : NetworkSecurityCollector.networks(clients, sub)) {
      if (v.virtualNetworkPeerings() != null && v.virtualNetworkPeerings().stream().anyMatch(p ->
          p.remoteVirtualNetwork() != null && withBastion.contains(AzureRefs.id(p.remoteVirtualNetwork().id())))) {
        served.add(AzureRefs.id(v.id()));
      }
    }
    return served;
  }

  static String vnetOf(String subnetId) {
    String id = AzureRefs.id(subnetId);
    int i = id.indexOf("/subnets/");
    return i < 0 ? id : id.substring(0, i);
  }
}
