package cloudscan.azure.collect.network;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.VirtualNetwork;
import cloudscan.core.fact.VirtualNetwork.FlowLogs;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.network.NetworkManager;
import com.azure.resourcemanager.network.fluent.models.FlowLogInner;
import com.azure.resourcemanager.network.fluent.models.NetworkWatcherInner;
import com.azure.resourcemanager.network.fluent.models.SubnetInner;
import com.azure.resourcemanager.network.fluent.models.VirtualNetworkInner;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Virtual networks and whether their traffic is logged (Network Watcher flow logs, one list per
 * watcher, i.e. per region) → {@link VirtualNetwork}: ALL when a VNet flow log covers the VNet, or
 * every subnet has its own VNet flow log or sits behind an NSG with an enabled NSG flow log;
 * PARTIAL when some subnets do; NONE otherwise. If the flow logs cannot be read, the VNets are
 * still listed and their flow logs are unread.
 */
public final class FlowLogCollector implements Collector {

  private final AzureClients clients;

  public FlowLogCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "networkwatcher";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(VirtualNetwork.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    List<VirtualNetworkInner> vnets = NetworkSecurityCollector.networks(clients, sub);
    Reads.Fetched<Set<String>> logged = Reads.fetch(out, produces(), () -> enabledTargets(sub));
    Map<String, String> subnetNsg = new HashMap<>();
    if (logged.ok()) {
      NetworkSecurityCollector.securityGroups(clients, sub).forEach(n -> {
        if (n.subnets() != null) {
          n.subnets().forEach(s -> subnetNsg.put(AzureRefs.id(s.id()), AzureRefs.id(n.id())));
        }
      });
    }
    for (VirtualNetworkInner v : vnets) {
      Known<FlowLogs> state = logged.ok() ? Known.of(state(v, logged.value(), subnetNsg)) : Known.unread();
      out.accept(new VirtualNetwork(AzureRefs.ref(sub, v.location(), v.type(), v.id()), false, state));
    }
  }

  private static FlowLogs state(VirtualNetworkInner v, Set<String> logged, Map<String, String> subnetNsg) {
    if (logged.contains(AzureRefs.id(v.id()))) {
      return FlowLogs.ALL;
    }
    List<SubnetInner> subnets = v.subnets() == null ? List.of() : v.subnets();
    long covered = subnets.stream().map(s -> AzureRefs.id(s.id()))
        .filter(s -> logged.contains(s) || logged.contains(subnetNsg.getOrDefault(s, "-"))).count();
    return subnets.isEmpty() || covered == 0 ? FlowLogs.NONE : covered == subnets.size() ? FlowLogs.ALL : FlowLogs.PARTIAL;
  }

  /** IDs (lower case) of VNets, subnets, NICs and NSGs with an enabled flow log. */
  private Set<String> enabledTargets(String sub) {
    NetworkManager network = clients.manager(sub, NetworkManager.class, NetworkManager::authenticate);
    Set<String> out = new HashSet<>();
    List<NetworkWatcherInner> watchers = Reads.unlessUnregistered(
        () -> network.serviceClient().getNetworkWatchers().list().stream().toList());
    for (NetworkWatcherInner w : watchers) {
      for (FlowLogInner f : network.serviceClient().getFlowLogs().list(AzureRefs.groupOf(w.id()), w.name())) {
        if (Boolean.TRUE.equals(f.enabled()) && f.targetResourceId() != null) {
          out.add(AzureRefs.id(f.targetResourceId()));
        }
      }
    }
    return out;
  }
}
