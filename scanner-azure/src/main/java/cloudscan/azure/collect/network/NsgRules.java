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
 *
 * <p>An inbound rule's destination narrows whom it applies to. Destination application security
 * groups are matched against the groups each NIC belongs to (its attachment's members). Destination
 * addresses cannot be matched (members are groups, not IPs): a DENY aimed at some addresses applies
 * to no member ({@code dst:...}), so it never closes what an ALLOW opens; an ALLOW aimed at some
 * addresses is kept for every member (it may open). Never a false pass.
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
    List<String> appliesTo = in ? appliesTo(r, action) : List.of();
    return new NetworkRule(nsg, r.name(), dir, action, protocol, ports, peers, r.priority(), appliesTo);
  }

  /** The members an inbound rule applies to, from its destination (empty: every member). */
  static List<String> appliesTo(SecurityRuleInner r, RuleAction action) {
    if (r.destinationApplicationSecurityGroups() != null && !r.destinationApplicationSecurityGroups().isEmpty()) {
      return r.destinationApplicationSecurityGroups().stream().map(g -> g.id().toLowerCase(Locale.ROOT)).toList();
    }
    List<String> prefixes = new ArrayList<>();
    if (r.destinationAddressPrefix() != null && !r.destinationAddressPrefix().isBlank()) {
      prefixes.add(r.destinationAddressPrefix().trim());
    }
    if (r.destinationAddressPrefixes() != null) {
      r.destinationAddressPrefixes().forEach(p -> prefixes.add(p.trim()));
    }
    boolean everyone = prefixes.isEmpty() || prefixes.stream().anyMatch(NsgRules::everyDestination);
    return everyone || action == RuleAction.ALLOW ? List.of() : List.of("dst:" + String.join(",", prefixes));
  }

  /** {@code *}, any-address ranges and the VNet's own space (every NIC in it) reach every member. */
  private static boolean everyDestination(String prefix) {
    return prefix.equals("*") || prefix.equalsIgnoreCase("Any") || prefix.equals("0.0.0.0/0") || prefix.equals("::/0")
        || prefix.equalsIgnoreCase("VirtualNetwork");
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
