package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.Direction;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.RuleAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One ingress rule on the way a packet is judged (a VPC firewall rule's allowed or denied entry, a
 * firewall policy rule's layer-4 config): what it matches (protocol, ports, sources, the members it
 * applies to; empty = every member) and what it does. {@link Action#GOTO_NEXT} hands the packet to
 * the next level of the evaluation order.
 */
record Step(String id, Action action, Protocol protocol, List<PortRange> ports, List<Peer> sources,
    List<String> appliesTo) {

  enum Action { ALLOW, DENY, GOTO_NEXT }

  Step {
    ports = protocol.hasPorts() ? List.copyOf(ports) : List.of();
    sources = List.copyOf(sources);
    appliesTo = List.copyOf(appliesTo);
  }

  /** The rule as the cross-cloud checks read it, at position {@code priority} of the flattened order. */
  NetworkRule toRule(ResourceRef ruleSet, int priority) {
    if (action == Action.GOTO_NEXT) {
      throw new IllegalStateException("goto_next is resolved before rules are emitted: " + id);
    }
    return new NetworkRule(ruleSet, id, Direction.INBOUND, action == Action.ALLOW ? RuleAction.ALLOW : RuleAction.DENY,
        protocol, ports, sources, priority, appliesTo);
  }

  /** True if the step matches every packet: every protocol and port, from every address, to every member. */
  boolean matchesEverything() {
    return protocol == Protocol.ALL && PortRange.coverAll(ports) && appliesTo.isEmpty() && everywhere(sources);
  }

  /** True if both match the same packets (as written). */
  boolean sameMatch(Step o) {
    return protocol == o.protocol && ports.equals(o.ports) && sources.equals(o.sources) && appliesTo.equals(o.appliesTo);
  }

  /**
   * This step limited to the packets {@code scope} matches (the packets a {@code goto_next} handed
   * on): empty when they share none. Throws when the limit cannot be written as one rule (a
   * provider-named or customer-managed source narrowed by an address range, two different target
   * selections that a member would have to carry together).
   */
  Optional<Step> within(Step scope, String via) {
    Optional<Protocol> p = protocol(protocol, scope.protocol);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    List<PortRange> ps = p.get().hasPorts() ? ports(ports, scope.ports) : List.of();
    if (p.get().hasPorts() && ps.isEmpty()) {
      return Optional.empty();
    }
    List<Peer> src = sources(sources, scope.sources, via);
    if (src.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Step(id + " via " + via, action, p.get(), ps, src, targets(appliesTo, scope.appliesTo, via)));
  }

  private static Optional<Protocol> protocol(Protocol a, Protocol b) {
    if (a == Protocol.ALL) {
      return Optional.of(b);
    }
    return b == Protocol.ALL || a == b ? Optional.of(a) : Optional.empty();
  }

  private static List<PortRange> ports(List<PortRange> a, List<PortRange> b) {
    List<PortRange> out = new ArrayList<>();
    for (PortRange x : a) {
      for (PortRange y : b) {
        int from = Math.max(x.from(), y.from());
        int to = Math.min(x.to(), y.to());
        if (from <= to) {
          out.add(new PortRange(from, to));
        }
      }
    }
    return out;
  }

  private static List<Peer> sources(List<Peer> a, List<Peer> b, String via) {
    if (everywhere(b)) {
      return a;
    }
    if (everywhere(a)) {
      return b;
    }
    Set<Peer> out = new LinkedHashSet<>();
    for (Peer x : a) {
      for (Peer y : b) {
        peer(x, y, via).ifPresent(out::add);
      }
    }
    return List.copyOf(out);
  }

  /** The addresses two peers share, as one peer. */
  private static Optional<Peer> peer(Peer x, Peer y, String via) {
    if (x instanceof Peer.Group) {
      return Optional.of(x); // the customer's own machines: never the internet, whatever narrows them
    }
    if (y instanceof Peer.Group) {
      return Optional.of(y);
    }
    if (x instanceof Peer.Network a && y instanceof Peer.Network b) {
      return a.cidr().contains(b.cidr()) ? Optional.of(y) : b.cidr().contains(a.cidr()) ? Optional.of(x) : Optional.empty();
    }
    if (x.equals(y)) {
      return Optional.of(x);
    }
    throw new FirewallPolicies.NotEvaluated("the source " + x + " narrowed by " + y + " (" + via
        + ") cannot be written as one rule");
  }

  /** Every address of both families. */
  private static boolean everywhere(List<Peer> peers) {
    return peers.contains(Peer.of(Cidr.ANY)) || peers.contains(Peer.of(Cidr.ANY_V4)) && peers.contains(Peer.of(Cidr.ANY_V6));
  }

  /** Members both selections apply to, when that is one selection. */
  private static List<String> targets(List<String> a, List<String> b, String via) {
    if (b.isEmpty() || a.equals(b) || b.containsAll(a) && !a.isEmpty()) {
      return a;
    }
    if (a.isEmpty() || a.containsAll(b)) {
      return b;
    }
    throw new FirewallPolicies.NotEvaluated("rules for members " + a + " handed on by a rule for members " + b
        + " (" + via + ") would apply only to members carrying both");
  }
}
