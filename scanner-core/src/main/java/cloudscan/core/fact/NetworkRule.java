package cloudscan.core.fact;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One firewall rule: an AWS security-group or network-ACL entry, an Azure NSG security rule, a GCP
 * VPC firewall rule. {@code target} is the rule set the rule belongs to (security group, NACL,
 * NSG, GCP network). Rules are judged together per rule set, in the order the cloud evaluates
 * them ({@link RuleSetEvaluation}), never one by one.
 *
 * @param ports     port ranges for port-carrying protocols (TCP, UDP, ALL); every port is
 *                  {@code [0-65535]}; empty for protocols without ports (ICMP)
 * @param sources   peers: for inbound rules the source, for outbound the destination
 * @param priority  evaluation order where the cloud has one (NACL rule number, NSG priority, GCP
 *                  priority; lower first, a DENY wins a tie); null for allow-only sets (security
 *                  groups), whose ALLOW rules are a union
 * @param appliesTo members of the rule set the rule applies to (GCP target tags or service
 *                  accounts); empty: every member
 */
public record NetworkRule(
    ResourceRef target,
    String ruleId,
    Direction direction,
    RuleAction action,
    Protocol protocol,
    List<PortRange> ports,
    List<Peer> sources,
    Integer priority,
    List<String> appliesTo) implements Fact {

  public NetworkRule {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(protocol, "protocol");
    ports = List.copyOf(ports);
    sources = List.copyOf(sources);
    appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
    if (protocol.hasPorts() && ports.isEmpty()) {
      throw new IllegalArgumentException("rule " + ruleId + ": a " + protocol
          + " rule needs its port ranges (every port is 0-65535)");
    }
  }

  @Override
  public ResourceRef resource() {
    return target;
  }

  public boolean inbound() {
    return direction == Direction.INBOUND;
  }

  public boolean allowsInbound() {
    return direction == Direction.INBOUND && action == RuleAction.ALLOW;
  }

  /** True if the rule matches traffic of {@code p} (TCP or UDP) to {@code port}. */
  public boolean matches(Protocol p, int port) {
    return (protocol == Protocol.ALL || protocol == p)
        && ports.stream().anyMatch(r -> r.contains(port));
  }

  /** Human-readable protocol and ports, e.g. {@code tcp/22,3389}, {@code tcp/all} or {@code all}. */
  public String portsLabel() {
    String p = protocol == Protocol.ALL ? "any" : protocol.name().toLowerCase(java.util.Locale.ROOT);
    if (!protocol.hasPorts()) {
      return p;
    }
    if (PortRange.coverAll(ports)) {
      return protocol == Protocol.ALL ? "all" : p + "/all";
    }
    return p + "/" + ports.stream().map(PortRange::toString).collect(Collectors.joining(","));
  }

  public String sourcesLabel() {
    return sources.stream().map(Peer::toString).collect(Collectors.joining(","));
  }
}
