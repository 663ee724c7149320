package cloudscan.core.fact;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One firewall rule: an AWS security-group or network-ACL entry, an Azure NSG security rule, a GCP
 * VPC firewall rule. {@code target} is the group/NSG/firewall the rule belongs to.
 *
 * @param ports        port ranges for port-carrying protocols (TCP, UDP, ALL); an empty list means
 *                     every port (GCP firewall rules without {@code ports}). AWS protocol -1 is
 *                     {@link Protocol#ALL} with {@link PortRange#ALL} (or empty). An Azure rule with
 *                     protocol {@code *} and port 443 is {@code ALL} with {@code [443]}: it does not
 *                     open every port
 * @param sources      peer networks (for inbound rules the source, for outbound the destination)
 * @param peerGroups   non-CIDR peers: referenced security groups, network tags, service accounts
 * @param priority     evaluation order where the cloud has one (NACL rule number, NSG priority)
 */
public record NetworkRule(
    ResourceRef target,
    String ruleId,
    Direction direction,
    RuleAction action,
    Protocol protocol,
    List<PortRange> ports,
    List<Cidr> sources,
    List<String> peerGroups,
    Integer priority) implements Fact {

  public NetworkRule {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(protocol, "protocol");
    ports = List.copyOf(ports);
    sources = List.copyOf(sources);
    peerGroups = peerGroups == null ? List.of() : List.copyOf(peerGroups);
  }

  @Override
  public ResourceRef resource() {
    return target;
  }

  public boolean allowsInbound() {
    return direction == Direction.INBOUND && action == RuleAction.ALLOW;
  }

  /** True if any peer network is the whole internet (0.0.0.0/0, ::/0, *, Internet). */
  public boolean fromInternet() {
    return sources.stream().anyMatch(Cidr::isAnywhere)
        || coversHalf(Cidr.Family.IPV4, 32) || coversHalf(Cidr.Family.IPV6, 128);
  }

  /**
   * True if the public sources of one family add up to at least half its address space: a rule
   * split into {@code 0.0.0.0/1} and {@code 128.0.0.0/1} is as open as {@code 0.0.0.0/0}.
   */
  private boolean coversHalf(Cidr.Family family, int bits) {
    double covered = 0;
    for (Cidr c : sources) {
      if (c.family() == family && !c.isPrivate()) {
        covered += Math.pow(2, bits - c.prefix());
      }
    }
    return covered >= Math.pow(2, bits - 1);
  }

  /** True if the rule lets traffic reach {@code port} over TCP or UDP. */
  public boolean opens(int port) {
    return protocol.hasPorts() && (ports.isEmpty() || ports.stream().anyMatch(r -> r.contains(port)));
  }

  public boolean opensAnyOf(Set<Integer> candidates) {
    return candidates.stream().anyMatch(this::opens);
  }

  /** Ports from {@code candidates} this rule opens, sorted. */
  public List<Integer> openedAmong(Set<Integer> candidates) {
    return candidates.stream().filter(this::opens).sorted().toList();
  }

  /**
   * True if the rule reaches every TCP or UDP port (its ranges together cover 1-65535, or it has
   * none), including all traffic ({@link Protocol#ALL} without a port restriction). Azure's
   * protocol {@code *} limited to port 443 is not all ports.
   */
  public boolean opensAllPorts() {
    return protocol.hasPorts() && (ports.isEmpty() || PortRange.coverAll(ports));
  }

  /** True if the rule allows every protocol on every port: AWS -1, GCP all, Azure * / *. */
  public boolean allowsAllTraffic() {
    return protocol == Protocol.ALL && opensAllPorts();
  }

  /** Peer networks that are public, not the whole internet, but wider than the given prefixes. */
  public List<Cidr> widePublicSources(int v4Prefix, int v6Prefix) {
    return sources.stream().filter(c -> c.isWidePublic(v4Prefix, v6Prefix)).toList();
  }

  /** Human-readable protocol and ports, e.g. {@code tcp/22,3389}, {@code tcp/all} or {@code all}. */
  public String portsLabel() {
    if (allowsAllTraffic()) {
      return "all";
    }
    String p = protocol == Protocol.ALL ? "any" : protocol.name().toLowerCase(java.util.Locale.ROOT);
    if (!protocol.hasPorts()) {
      return p;
    }
    if (opensAllPorts()) {
      return p + "/all";
    }
    return p + "/" + ports.stream().map(PortRange::toString).collect(Collectors.joining(","));
  }

  public String sourcesLabel() {
    return sources.stream().map(Cidr::toString).collect(Collectors.joining(","));
  }
}
