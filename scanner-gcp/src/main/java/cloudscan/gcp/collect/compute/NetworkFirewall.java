package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.ResourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What decides the inbound traffic of one VPC network, as rule sets the checks judge: its VPC
 * firewall rules alone where no firewall policy has an ingress rule for it (their own priorities,
 * the implied rules at 65535); otherwise the whole evaluation order flattened into one first-match
 * list (synthetic priorities 0, 1, 2…), one for the network and one per region whose regional
 * network firewall policies add rules there. A network whose policies cannot be evaluated carries
 * the reason instead.
 *
 * @param ref       the network (the rule set of regions without regional policies)
 * @param vpc       its VPC firewall rules (every direction, enabled ones only) and implied rules
 * @param flattened null when only VPC rules apply; else the inbound order, key "" for the network
 *                  and a region for each region with regional policies
 * @param reason    why the policies could not be evaluated; null when they were
 */
record NetworkFirewall(ResourceRef ref, List<NetworkRule> vpc, Map<String, List<Step>> flattened, String reason) {

  /** The rule set that judges instances of this network in {@code region}. */
  ResourceRef ruleSet(String region) {
    return flattened != null && flattened.containsKey(region) ? regional(region) : ref;
  }

  /** Every rule set's rules: the facts to emit (egress VPC rules stay on the network). */
  List<NetworkRule> rules() {
    if (flattened == null) {
      return vpc;
    }
    List<NetworkRule> out = new ArrayList<>(vpc.stream().filter(r -> !r.inbound()).toList());
    flattened.forEach((region, steps) -> out.addAll(rules(region.isEmpty() ? ref : regional(region), steps)));
    return out;
  }

  /** The inbound rules that judge instances in {@code region}, in evaluation order. */
  List<NetworkRule> inbound(String region) {
    if (flattened == null) {
      return vpc.stream().filter(NetworkRule::inbound).toList();
    }
    String key = flattened.containsKey(region) ? region : "";
    return rules(ruleSet(region), flattened.get(key));
  }

  Optional<String> notEvaluated() {
    return Optional.ofNullable(reason);
  }

  private ResourceRef regional(String region) {
    return ResourceRef.of(ref.cloud(), ref.account(), region, ref.type(), ref.id() + "/regions/" + region);
  }

  private static List<NetworkRule> rules(ResourceRef ruleSet, List<Step> steps) {
    List<NetworkRule> out = new ArrayList<>(steps.size());
    for (int i = 0; i < steps.size(); i++) {
      out.add(steps.get(i).toRule(ruleSet, i));
    }
    return out;
  }
}
