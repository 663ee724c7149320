package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.RuleAction;
import cloudscan.gcp.collect.compute.FirewallPolicies.NotEvaluated;
import com.google.cloud.compute.v1.FirewallPolicyRule;
import com.google.cloud.compute.v1.FirewallPolicyRuleMatcher;
import com.google.cloud.compute.v1.FirewallPolicyRuleMatcherLayer4Config;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Firewall rules → {@link Step}s of one level, in the level's own order. VPC firewall rules: by
 * priority, a deny first on a tie. Firewall policy rules (hierarchical, network, system): by
 * priority; sources are the union of {@code srcIpRanges}, {@code srcRegionCodes} ({@code geo:JP}),
 * {@code srcThreatIntelligences}, {@code srcFqdns} ({@code fqdn:…}), {@code srcAddressGroups}
 * (customer-managed lists, not resolved) and {@code srcSecureTags} (the customer's own machines);
 * targets are {@code targetServiceAccounts} ({@code sa:EMAIL}) and, for deny rules only,
 * {@code targetSecureTags}; {@code apply_security_profile_group} lets traffic in (after
 * inspection). A rule that matches on something cloudscan does not evaluate makes the network
 * {@link NotEvaluated}, never silently ignored.
 */
final class PolicySteps {

  private PolicySteps() { }

  /** The inbound VPC firewall rules of a network, as Compute Engine orders them. */
  static List<Step> vpc(List<NetworkRule> rules) {
    return rules.stream().filter(NetworkRule::inbound)
        .sorted(Comparator.comparing(NetworkRule::priority).thenComparing(r -> r.action() == RuleAction.DENY ? 0 : 1))
        .map(r -> new Step(r.ruleId(), r.action() == RuleAction.ALLOW ? Step.Action.ALLOW : Step.Action.DENY,
            r.protocol(), r.ports(), r.sources(), r.appliesTo()))
        .toList();
  }

  /** The enabled ingress rules of a policy that apply to {@code network}, in priority order. */
  static List<Step> policy(String label, List<FirewallPolicyRule> rules, String network) {
    List<Step> out = new ArrayList<>();
    rules.stream().filter(r -> !r.getDisabled() && !"EGRESS".equals(r.getDirection()))
        .filter(r -> r.getTargetResourcesCount() == 0
            || r.getTargetResourcesList().stream().anyMatch(t -> ComputeReads.name(t).equals(network)))
        .sorted(Comparator.comparingInt(FirewallPolicyRule::getPriority))
        .forEach(r -> out.addAll(steps(label, r)));
    return out;
  }

  private static List<Step> steps(String label, FirewallPolicyRule r) {
    String id = label + "/" + (r.getRuleName().isEmpty() ? Integer.toString(r.getPriority()) : r.getRuleName());
    Step.Action action = action(id, r.getAction());
    FirewallPolicyRuleMatcher m = r.getMatch();
    unsupported(id, m);
    List<String> targets = new ArrayList<>();
    r.getTargetServiceAccountsList().forEach(s -> targets.add("sa:" + s));
    if (r.getTargetSecureTagsCount() > 0) {
      if (action != Step.Action.DENY) {
        throw new NotEvaluated("rule " + id + " applies to instances by secure tag, and which instances carry which "
            + "secure tags is not read");
      }
      r.getTargetSecureTagsList().forEach(t -> targets.add("securetag:" + t.getName()));
    }
    List<Peer> sources = sources(m);
    if (sources.isEmpty()) {
      throw new NotEvaluated("ingress rule " + id + " names no source");
    }
    if (m.getLayer4ConfigsCount() == 0) {
      throw new NotEvaluated("rule " + id + " names no protocol (layer4Configs)");
    }
    List<Step> out = new ArrayList<>();
    for (FirewallPolicyRuleMatcherLayer4Config l4 : m.getLayer4ConfigsList()) {
      Protocol p = Protocol.parse(l4.getIpProtocol().isEmpty() ? "all" : l4.getIpProtocol());
      List<PortRange> ports = l4.getPortsCount() == 0 ? List.of(PortRange.ALL) : l4.getPortsList().stream().map(PortRange::parse).toList();
      out.add(new Step(id, action, p, ports, sources, targets));
    }
    return out;
  }

  private static Step.Action action(String id, String action) {
    return switch (action.toLowerCase(Locale.ROOT)) {
      case "allow", "apply_security_profile_group" -> Step.Action.ALLOW;
      case "deny" -> Step.Action.DENY;
      case "goto_next" -> Step.Action.GOTO_NEXT;
      default -> throw new NotEvaluated("rule " + id + " has the action '" + action + "', which cloudscan does not know");
    };
  }

  private static List<Peer> sources(FirewallPolicyRuleMatcher m) {
    List<Peer> out = new ArrayList<>();
    m.getSrcIpRangesList().forEach(c -> out.add(Peer.cidr(c)));
    m.getSrcRegionCodesList().forEach(c -> out.add(new Peer.Tag("geo:" + c)));
    m.getSrcThreatIntelligencesList().forEach(t -> out.add(new Peer.Tag(t)));
    m.getSrcFqdnsList().forEach(f -> out.add(new Peer.Tag("fqdn:" + f)));
    m.getSrcAddressGroupsList().forEach(g -> out.add(new Peer.ListRef(g)));
    m.getSrcSecureTagsList().forEach(t -> out.add(new Peer.Group("securetag:" + t.getName())));
    return out;
  }

  /** Match conditions that narrow a rule in ways the flattened order cannot carry. */
  private static void unsupported(String id, FirewallPolicyRuleMatcher m) {
    List<String> found = new ArrayList<>();
    if (m.getDestIpRangesCount() + m.getDestAddressGroupsCount() + m.getDestFqdnsCount() + m.getDestRegionCodesCount()
        + m.getDestThreatIntelligencesCount() > 0 || m.hasDestNetworkType() || m.hasDestNetworkContext()) {
      found.add("its destination");
    }
    if (m.hasSrcNetworkType() || m.hasSrcNetworkContext() || m.getSrcNetworksCount() > 0) {
      found.add("the source network");
    }
    if (!found.isEmpty()) {
      throw new NotEvaluated("rule " + id + " matches on " + String.join(" and ", found)
          + ", which cloudscan does not evaluate");
    }
  }
}
