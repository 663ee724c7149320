package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.Direction;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.RuleAction;
import com.google.cloud.compute.v1.Firewall;
import java.util.ArrayList;
import java.util.List;

/**
 * One VPC firewall rule → {@link NetworkRule}s (one per allowed/denied protocol entry), as Compute
 * Engine evaluates it: direction (INGRESS when absent), priority (1000 when absent), sources
 * (ranges, IPv4 and IPv6, plus source tags and service accounts as the customer's own groups; an
 * ingress rule without any source means 0.0.0.0/0), ports (none listed: every port), targets
 * (tags {@code tag:NAME}, service accounts {@code sa:EMAIL}; none: every instance).
 *
 * <p>An ingress rule may also name destination ranges: it then applies only to traffic to those
 * addresses. Members are matched by tags and service accounts, not addresses, so a DENY limited to
 * some destinations is recorded as applying to no member ({@code dst:...}): it never closes what an
 * ALLOW opens (never a false pass); an ALLOW limited to some destinations is kept whole (it may open).
 */
final class FirewallRules {

  static final int DEFAULT_PRIORITY = 1000;
  static final int IMPLIED_PRIORITY = 65535;

  private FirewallRules() { }

  static List<NetworkRule> of(ResourceRef network, Firewall f) {
    Direction dir = "EGRESS".equals(f.getDirection()) ? Direction.OUTBOUND : Direction.INBOUND;
    Integer priority = f.hasPriority() ? f.getPriority() : DEFAULT_PRIORITY;
    List<Peer> peers = dir == Direction.INBOUND ? sources(f) : ranges(f.getDestinationRangesList());
    List<String> targets = new ArrayList<>();
    f.getTargetTagsList().forEach(t -> targets.add("tag:" + t));
    f.getTargetServiceAccountsList().forEach(s -> targets.add("sa:" + s));
    List<String> denyTargets = dir == Direction.INBOUND && narrowsDestination(f.getDestinationRangesList())
        ? List.of("dst:" + String.join(",", f.getDestinationRangesList())) : targets;
    List<NetworkRule> out = new ArrayList<>();
    f.getAllowedList().forEach(a -> out.add(rule(network, f.getName(), dir, RuleAction.ALLOW, a.getIPProtocol(),
        a.getPortsList(), peers, priority, targets)));
    f.getDeniedList().forEach(d -> out.add(rule(network, f.getName(), dir, RuleAction.DENY, d.getIPProtocol(),
        d.getPortsList(), peers, priority, denyTargets)));
    return out;
  }

  /** True if the destination ranges leave some address out (none listed, or 0.0.0.0/0 / ::/0, do not). */
  static boolean narrowsDestination(List<String> ranges) {
    return !ranges.isEmpty() && ranges.stream().noneMatch(r -> r.equals("0.0.0.0/0") || r.equals("::/0"));
  }

  /** The implied rules every VPC network has: deny all ingress, allow all egress, lowest priority. */
  static List<NetworkRule> implied(ResourceRef network) {
    List<Peer> anywhere = List.of(Peer.of(Cidr.ANY_V4), Peer.of(Cidr.ANY_V6));
    return List.of(
        new NetworkRule(network, "implied-deny-ingress", Direction.INBOUND, RuleAction.DENY, Protocol.ALL,
            List.of(PortRange.ALL), anywhere, IMPLIED_PRIORITY, List.of()),
        new NetworkRule(network, "implied-allow-egress", Direction.OUTBOUND, RuleAction.ALLOW, Protocol.ALL,
            List.of(PortRange.ALL), anywhere, IMPLIED_PRIORITY, List.of()));
  }

  private static NetworkRule rule(ResourceRef network, String name, Direction dir, RuleAction action,
      String ipProtocol, List<String> ports, List<Peer> peers, Integer priority, List<String> targets) {
    Protocol protocol = Protocol.parse(ipProtocol == null || ipProtocol.isEmpty() ? "all" : ipProtocol);
    List<PortRange> ranges = !protocol.hasPorts() ? List.of()
        : ports.isEmpty() ? List.of(PortRange.ALL)
        : ports.stream().map(PortRange::parse).toList();
    return new NetworkRule(network, name, dir, action, protocol, ranges, peers, priority, targets);
  }

  private static List<Peer> sources(Firewall f) {
    List<Peer> peers = new ArrayList<>(f.getSourceRangesList().stream().map(Peer::cidr).toList());
    f.getSourceTagsList().forEach(t -> peers.add(new Peer.Group("tag:" + t)));
    f.getSourceServiceAccountsList().forEach(s -> peers.add(new Peer.Group("sa:" + s)));
    if (peers.isEmpty()) {
      peers.add(Peer.of(Cidr.ANY_V4)); // an ingress rule without any source applies to 0.0.0.0/0
    }
    return peers;
  }

  /** Egress destinations: 0.0.0.0/0 when none are listed. */
  private static List<Peer> ranges(List<String> cidrs) {
    if (cidrs.isEmpty()) {
      return List.of(Peer.of(Cidr.ANY_V4));
    }
    return cidrs.stream().map(Peer::cidr).toList();
  }
}
