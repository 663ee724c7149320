package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Google's evaluation order written as one first-match list, the form the cross-cloud checks judge.
 * Levels are evaluated in order (hierarchical policies from the organization down, then VPC
 * firewall rules and network firewall policies as the network's enforcement order says, then the
 * implied deny); within a level the first matching rule decides: allow and deny end the
 * evaluation, {@code goto_next} hands the packet to the next level, and a packet no rule of a level
 * matches goes on to the next level too.
 *
 * <p>In one list, a {@code goto_next} becomes, at its place, every later level limited to the
 * packets it matches ({@link Step#within}); since the last level (the implied deny) matches every
 * packet, those packets are decided there and never reach the rest of their own level. The result
 * answers every packet exactly as Google's order does.
 */
final class Flattener {

  /** One level of the order: a policy, or the VPC firewall rules, with its rules in priority order. */
  record Level(String label, List<Step> steps) {
    Level {
      steps = List.copyOf(steps);
    }
  }

  /** Flattened lists longer than this are not written out (and the network is not judged). */
  static final int LIMIT = 20_000;

  /** The implied deny: no rule of any level matched. */
  static final Level IMPLIED = new Level("implied", List.of(new Step("implied-deny-ingress", Step.Action.DENY,
      Protocol.ALL, List.of(PortRange.ALL), List.of(Peer.of(Cidr.ANY_V4), Peer.of(Cidr.ANY_V6)), List.of())));

  private final List<Level> levels;
  private int size;

  private Flattener(List<Level> levels) {
    // a level whose rules all hand on (goto_next) hands on every packet: it changes nothing
    this.levels = new ArrayList<>(levels.stream()
        .filter(l -> l.steps().stream().anyMatch(s -> s.action() != Step.Action.GOTO_NEXT)).toList());
    this.levels.add(IMPLIED);
  }

  /** The first-match list equivalent to evaluating {@code levels} then the implied deny. */
  static List<Step> flatten(List<Level> levels) {
    List<Step> out = new ArrayList<>();
    new Flattener(levels).level(0, null, null, out);
    return out;
  }

  /** Appends level {@code i} onward, limited to the packets {@code scope} matches (null: all). */
  private void level(int i, Step scope, String via, List<Step> out) {
    for (Step s : levels.get(i).steps()) {
      Optional<Step> limited = scope == null ? Optional.of(s) : s.within(scope, via);
      if (limited.isEmpty()) {
        continue;
      }
      Step step = limited.get();
      if (step.action() == Step.Action.GOTO_NEXT) {
        level(i + 1, step, scope == null ? s.id() : via, out);
      } else {
        add(step, out);
      }
      if (scope == null ? step.matchesEverything() : step.sameMatch(scope)) {
        return; // nothing reaches the rest of this level, nor the levels after it from here
      }
    }
    if (i + 1 < levels.size()) {
      level(i + 1, scope, via, out);
    }
  }

  private void add(Step s, List<Step> out) {
    if (++size > LIMIT) {
      throw new FirewallPolicies.NotEvaluated("the firewall policies hand traffic on (goto_next) in so many ways that "
          + "their evaluation order would take more than " + LIMIT + " rules");
    }
    out.add(s);
  }
}
