package cloudscan.azure.collect.network;

import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.Direction;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.RuleAction;
import cloudscan.core.provider.FactSink;
import com.azure.resourcemanager.network.fluent.NetworkManagementClient;
import com.azure.resourcemanager.network.fluent.models.AzureFirewallInner;
import com.azure.resourcemanager.network.fluent.models.FirewallPolicyInner;
import com.azure.resourcemanager.network.fluent.models.FirewallPolicyRuleCollectionGroupInner;
import com.azure.resourcemanager.network.models.AzureFirewallNatRule;
import com.azure.resourcemanager.network.models.FirewallPolicyNatRuleCollection;
import com.azure.resourcemanager.network.models.NatRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * DNAT rules as inbound ALLOW rules of their rule set (all DNAT rules allow, so the set is a union:
 * no priority). Sources: addresses ({@code *}, CIDRs; anything else is judged as a named set, unknown
 * unless known) and IP groups; ports: the translated port (the service the rule exposes), else the
 * destination ports; protocols TCP/UDP. A policy's base policy is a rule set of its own in the same
 * layer; a base policy or rule collection groups that cannot be read are a gap in rules (the
 * account's network verdicts are then UNKNOWN). Only rule sets with DNAT rules are layers of the
 * firewall: one without lets nothing in from the internet.
 */
final class FirewallDnat {

  private final String sub;
  private final NetworkManagementClient net;
  private final Map<String, FirewallPolicyInner> policies;
  private final FactSink out;
  private final Set<String> emitted = new HashSet<>();
  private final Set<String> withRules = new HashSet<>();

  FirewallDnat(String sub, NetworkManagementClient net, Map<String, FirewallPolicyInner> policies, FactSink out) {
    this.sub = sub;
    this.net = net;
    this.policies = policies;
    this.out = out;
  }

  /** The policy and its base policies (lower-case IDs), their DNAT rules emitted once each. */
  List<String> policyChain(String policyId, String location) {
    List<String> chain = new ArrayList<>();
    for (String id = policyId; id != null && !chain.contains(id); ) {
      chain.add(id);
      FirewallPolicyInner p = policies.get(id);
      if (p == null) {
        out.gap(new IllegalStateException("firewall policy " + id + " is not readable in this subscription"),
            Set.of(NetworkRule.class));
        break;
      }
      if (emitted.add(id)) {
        emit(p, location);
      }
      id = p.basePolicy() == null || p.basePolicy().id() == null ? null : AzureRefs.id(p.basePolicy().id());
    }
    return chain;
  }

  private void emit(FirewallPolicyInner p, String location) {
    ResourceRef ref = AzureRefs.ref(sub, p.location() != null ? p.location() : location, p.type(), p.id());
    Reads.Fetched<List<FirewallPolicyRuleCollectionGroupInner>> groups = Reads.fetch(out, Set.of(NetworkRule.class),
        () -> net.getFirewallPolicyRuleCollectionGroups().list(AzureRefs.groupOf(p.id()), p.name()).stream().toList());
    if (!groups.ok()) {
      return;
    }
    for (FirewallPolicyRuleCollectionGroupInner g : groups.value()) {
      for (var c : g.ruleCollections() == null ? List.<com.azure.resourcemanager.network.models.FirewallPolicyRuleCollection>of()
          : g.ruleCollections()) {
        if (c instanceof FirewallPolicyNatRuleCollection nat && nat.rules() != null) {
          nat.rules().stream().filter(r -> r instanceof NatRule).map(r -> (NatRule) r).forEach(r -> out.accept(rule(ref,
              g.name() + "/" + c.name() + "/" + r.name(), r.ipProtocols(), r.sourceAddresses(), r.sourceIpGroups(),
              r.translatedPort(), r.destinationPorts())));
        }
      }
    }
  }

  /** True if the rule set {@code id} has at least one DNAT rule. */
  boolean hasRules(String id) {
    return withRules.contains(id);
  }

  /** A classic firewall's own NAT rule collections: the firewall itself is the rule set. */
  String classic(AzureFirewallInner fw) {
    ResourceRef ref = AzureRefs.ref(sub, fw.location(), fw.type(), fw.id());
    fw.natRuleCollections().forEach(c -> {
      for (AzureFirewallNatRule r : c.rules() == null ? List.<AzureFirewallNatRule>of() : c.rules()) {
        out.accept(rule(ref, c.name() + "/" + r.name(), r.protocols(), r.sourceAddresses(), r.sourceIpGroups(),
            r.translatedPort(), r.destinationPorts()));
      }
    });
    return ref.id();
  }

  private NetworkRule rule(ResourceRef set, String id, List<?> protocols, List<String> sources, List<String> groups,
      String translatedPort, List<String> destinationPorts) {
    List<Peer> peers = new ArrayList<>();
    if (sources != null) {
      sources.forEach(s -> peers.add(NsgRules.peer(s)));
    }
    if (groups != null) {
      groups.forEach(g -> peers.add(new Peer.ListRef(AzureRefs.id(g))));
    }
    List<PortRange> ports = translatedPort != null && !translatedPort.isBlank()
        ? List.of(PortRange.parse(translatedPort.trim())) : NsgRules.ports(null, destinationPorts);
    withRules.add(set.id());
    return new NetworkRule(set, "DNAT " + id, Direction.INBOUND, RuleAction.ALLOW, protocol(protocols), ports, peers,
        null, List.of());
  }

  /** TCP, UDP, or both (any port-carrying protocol): ALL, which covers both. */
  private static Protocol protocol(List<?> protocols) {
    Set<String> p = new HashSet<>();
    if (protocols != null) {
      protocols.forEach(x -> p.add(x.toString().toUpperCase(Locale.ROOT)));
    }
    if (p.size() == 1 && p.contains("TCP")) {
      return Protocol.TCP;
    }
    if (p.size() == 1 && p.contains("UDP")) {
      return Protocol.UDP;
    }
    return Protocol.ALL;
  }
}
