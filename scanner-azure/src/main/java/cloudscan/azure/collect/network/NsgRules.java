package cloudscan.azure.collect.network;

import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.Direction;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.RuleAction;
import com.azure.resourcemanager.network.fluent.models.ApplicationSecurityGroupInner;
import com.azure.resourcemanager.network.fluent.models.SecurityRuleInner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One NSG security rule (custom or default) → {@link NetworkRule}, read from the inner model (the
 * fluent getters throw when a plural field is absent). A prefix is a CIDR or {@code *}; anything
 * else is a service tag ({@code Internet}, {@code VirtualNetwork}, {@code AzureLoadBalancer},
 * {@code AzureCloud.JapanEast}…) judged by {@code ProviderTags}; application security groups are the
 * customer's own groups.
 */
final class NsgRules {

  private NsgRules() { }

  static NetworkRule rule(ResourceRef nsg, SecurityRuleInner r) {
    Direction dir = "outbound".equalsIgnoreCase(String.valueOf(r.direction())) ? Direction.OUTBOUND : Direction.INBOUND;
    RuleAction action = "deny".equalsIgnoreCase(String.valueOf(r.access())) ? RuleAction.DENY : RuleAction.ALLOW;
    Protocol protocol = r.protocol() == null ? Protocol.ALL : Protocol.parse(r.protocol().toString());
    boolean in = dir == Direction.INBOUND;
    List<Peer> peers = peers(in ? r.sourceAddressPrefix() : r.destinationAddressPrefix(),
        in ? r.sourceAddressPrefixes() : r.destinationAddressPrefixes(),
        in ? r.sourceApplicationSecurityGroups() : r.destinationApplicationSecurityGroups());
    List<PortRange> ports = protocol.hasPorts() ? ports(r.destinationPortRange(), r.destinationPortRanges()) : List.of();
    return new NetworkRule(nsg, r.name(), dir, action, protocol, ports, peers, r.priority(), List.of());
  }

  static List<Peer> peers(String one, List<String> many, List<ApplicationSecurityGroupInner> groups) {
    List<Peer> out = new ArrayList<>();
    if (one != null && !one.isBlank()) {
      out.add(peer(one));
    }
    if (many != null) {
      many.forEach(p -> out.add(peer(p)));
    }
    if (groups != null) {
      groups.forEach(g -> out.add(new Peer.Group(g.id().toLowerCase(Locale.ROOT))));
    }
    return out;
  }

  /** {@code *} and address ranges are networks; every other word is a provider service tag. */
  static Peer peer(String prefix) {
    String p = prefix.trim();
    if (p.equals("*") || p.matches("[0-9a-fA-F:.]+(/\\d{1,3})?") && (p.contains(".") || p.contains(":"))) {
      return new Peer.Network(Cidr.parse(p));
    }
    return new Peer.Tag(p);
  }

  static List<PortRange> ports(String one, List<String> many) {
    List<PortRange> out = new ArrayList<>();
    if (one != null && !one.isBlank()) {
      out.add(PortRange.parse(one));
    }
    if (many != null) {
      many.forEach(p -> out.add(PortRange.parse(p)));
    }
    return out.isEmpty() ? List.of(PortRange.ALL) : out;
  }
}
