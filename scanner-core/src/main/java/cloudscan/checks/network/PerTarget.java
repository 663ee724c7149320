package cloudscan.checks.network;

import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.ResourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Judges inbound allow rules and reports once per firewall (security group, NSG, firewall rule
 * set): the offending rules of a group in one finding, or one PASS for a clean group. One finding
 * per group is what a reader acts on, and it keeps a large estate's report small.
 */
final class PerTarget {

  /** Offences listed in one message before "and N more". */
  static final int MAX_LISTED = 5;

  private PerTarget() { }

  /**
   * @param offence  the problem with one rule, or null if the rule is fine
   * @param verdict  FAIL or WARN for a group with at least one offence
   * @param clean    the message for a group without offences (one shared instance)
   */
  static Stream<Result> judge(Facts facts, Function<NetworkRule, Text> offence, Status verdict, Text clean) {
    List<NetworkRule> rules = facts.all(NetworkRule.class);
    Map<ResourceRef, List<Text>> byTarget = new LinkedHashMap<>(Math.max(16, rules.size() / 2));
    ResourceRef current = null;
    List<Text> offences = null;
    for (NetworkRule rule : rules) {
      if (!rule.allowsInbound()) {
        continue;
      }
      // Collectors emit a group's rules together: look the group up only when it changes.
      if (!rule.target().equals(current)) {
        current = rule.target();
        offences = byTarget.computeIfAbsent(current, t -> new ArrayList<>(1));
      }
      Text o = offence.apply(rule);
      if (o != null) {
        offences.add(o);
      }
    }
    return byTarget.entrySet().stream().map(e -> e.getValue().isEmpty()
        ? new Result(e.getKey(), Status.PASS, clean)
        : new Result(e.getKey(), verdict, join(e.getValue())));
  }

  /**
   * The offence of a rule that opens any of {@code ports} to the internet, named as
   * {@code what} (e.g. "admin port(s)"), or null.
   */
  static Text portsOpenToInternet(NetworkRule rule, Set<Integer> ports, Text what) {
    if (!rule.fromInternet()) {
      return null;
    }
    List<Integer> open = rule.openedAmong(ports);
    if (open.isEmpty()) {
      return null;
    }
    return Text.of(
        what.ja() + " " + open + " が " + rule.sourcesLabel() + " から許可されています（" + rule.ruleId() + "）",
        what.en() + " " + open + " allowed from " + rule.sourcesLabel() + " (" + rule.ruleId() + ")");
  }

  static Text join(List<Text> offences) {
    if (offences.size() == 1) {
      return offences.get(0);
    }
    StringBuilder ja = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (int i = 0; i < Math.min(MAX_LISTED, offences.size()); i++) {
      ja.append(i == 0 ? "" : "／").append(offences.get(i).ja());
      en.append(i == 0 ? "" : "; ").append(offences.get(i).en());
    }
    int more = offences.size() - MAX_LISTED;
    if (more > 0) {
      ja.append("（ほか ").append(more).append(" 件）");
      en.append(" (and ").append(more).append(" more)");
    }
    return Text.of(ja.toString(), en.toString());
  }
}
