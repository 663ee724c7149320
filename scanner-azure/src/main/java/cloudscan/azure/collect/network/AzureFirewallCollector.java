package cloudscan.azure.collect.network;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.AddressList;
import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.network.NetworkManager;
import com.azure.resourcemanager.network.fluent.NetworkManagementClient;
import com.azure.resourcemanager.network.fluent.models.AzureFirewallInner;
import com.azure.resourcemanager.network.fluent.models.FirewallPolicyInner;
import com.azure.resourcemanager.network.fluent.models.IpGroupInner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Azure Firewall: what it lets in from the internet. Traffic from the internet reaches what sits
 * behind a firewall only through its DNAT rules (network and application rules filter traffic that
 * is already inside or leaving; a backend with its own public IP is not reached through the
 * firewall), so each DNAT rule → an ALLOW {@link NetworkRule} of its rule set (the firewall policy,
 * its base policy, or a classic firewall's own NAT collections) for the translated port, and each
 * firewall → a {@link NetworkAttachment} with its policies as one layer. IP groups → {@link AddressList}.
 * The firewall is not added as a layer in front of the subnets that route through it: a layer can
 * only close, and route tables are not read, so leaving it out never hides exposure.
 */
public final class AzureFirewallCollector implements Collector {

  private final AzureClients clients;

  public AzureFirewallCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "azurefirewall";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(NetworkRule.class, NetworkAttachment.class, AddressList.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    NetworkManagementClient net = clients.manager(sub, NetworkManager.class, NetworkManager::authenticate).serviceClient();
    for (IpGroupInner g : Reads.unlessUnregistered(() -> net.getIpGroups().list().stream().toList())) {
      out.accept(new AddressList(AzureRefs.ref(sub, g.location(), g.type(), g.id()), entries(g.ipAddresses())));
    }
    List<AzureFirewallInner> firewalls = Reads.unlessUnregistered(() -> net.getAzureFirewalls().list().stream().toList());
    if (firewalls.isEmpty()) {
      return;
    }
    Map<String, FirewallPolicyInner> policies = new HashMap<>();
    Reads.unlessUnregistered(() -> net.getFirewallPolicies().list().stream().toList())
        .forEach(p -> policies.put(AzureRefs.id(p.id()), p));
    FirewallDnat dnat = new FirewallDnat(sub, net, policies, out);
    for (AzureFirewallInner fw : firewalls) {
      List<String> ruleSets = new ArrayList<>();
      if (fw.firewallPolicy() != null && fw.firewallPolicy().id() != null) {
        ruleSets.addAll(dnat.policyChain(AzureRefs.id(fw.firewallPolicy().id()), fw.location()));
      }
      if (fw.natRuleCollections() != null && !fw.natRuleCollections().isEmpty()) {
        ruleSets.add(dnat.classic(fw));
      }
      ruleSets.removeIf(id -> !dnat.hasRules(id));
      if (!ruleSets.isEmpty()) {
        out.accept(new NetworkAttachment(AzureRefs.ref(sub, fw.location(), fw.type(), fw.id()),
            List.of(new NetworkAttachment.Layer(ruleSets)), List.of()));
      }
    }
  }

  /** Entries of an IP group; a range that is not a CIDR (a-b) makes the group's reach unread. */
  static Known<List<Cidr>> entries(List<String> addresses) {
    if (addresses == null) {
      return Known.unread();
    }
    List<Cidr> out = new ArrayList<>();
    for (String a : addresses) {
      try {
        out.add(Cidr.parse(a.trim()));
      } catch (IllegalArgumentException e) {
        return Known.unread();
      }
    }
    return Known.of(out);
  }
}
