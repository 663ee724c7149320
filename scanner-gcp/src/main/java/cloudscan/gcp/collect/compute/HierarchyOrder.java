package cloudscan.gcp.collect.compute;

import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.compute.FirewallPolicies.NotEvaluated;
import cloudscan.gcp.collect.compute.Flattener.Level;
import com.google.cloud.compute.v1.FirewallPolicyAssociation;
import com.google.cloud.compute.v1.ListAssociationsFirewallPolicyRequest;
import com.google.cloud.compute.v1.NetworksGetEffectiveFirewallsResponseEffectiveFirewallPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hierarchical firewall policies in force on a network, in the order Google evaluates them:
 * the organization's first, then each folder's from the top folder down to the project's. One
 * policy needs no order; with several, each is placed by the node it is associated with
 * ({@code firewallPolicies.listAssociations} of the organization and each folder above the project,
 * read once per node). A policy that cannot be placed leaves the order unknown.
 */
final class HierarchyOrder {

  private final GcpContext ctx;
  private final Target target;

  HierarchyOrder(GcpContext ctx, Target target) {
    this.ctx = ctx;
    this.target = target;
  }

  List<Level> order(List<NetworksGetEffectiveFirewallsResponseEffectiveFirewallPolicy> effective, String network) {
    List<Level> levels = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (var p : effective) {
      if ("HIERARCHY".equals(p.getType())) {
        String label = FirewallPolicies.label(p.getShortName(), p.getDisplayName(), p.getName());
        Level level = new Level(label, PolicySteps.policy(label, p.getRulesList(), network));
        if (level.steps().stream().anyMatch(st -> st.action() != Step.Action.GOTO_NEXT)) {
          levels.add(level);
          ids.add(GcpContext.last(p.getName()));
        }
      }
    }
    if (levels.size() < 2) {
      return levels;
    }
    List<String> nodes = new ArrayList<>(target.parents()); // nearest first
    java.util.Collections.reverse(nodes);
    Map<Integer, Level> byDepth = new TreeMap<>();
    for (int i = 0; i < levels.size(); i++) {
      int depth = depth(nodes, ids.get(i));
      if (depth < 0 || byDepth.putIfAbsent(depth, levels.get(i)) != null) {
        throw new NotEvaluated("the order of its hierarchical firewall policies " + levels.stream().map(Level::label).toList()
            + " cannot be told (policy " + levels.get(i).label() + " is not associated with one of the project's "
            + "ancestors " + nodes + ", or two are associated with one)");
      }
    }
    return byDepth.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey)).map(Map.Entry::getValue).toList();
  }

  /** Index of the ancestor (organization 0) the policy is associated with, or -1. */
  private int depth(List<String> nodes, String policyId) {
    for (int d = 0; d < nodes.size(); d++) {
      if (associations(nodes.get(d)).contains(policyId)) {
        return d;
      }
    }
    return -1;
  }

  private List<String> associations(String node) {
    return ctx.clients().shared("firewallPolicies.listAssociations:" + node, () -> GcpCall.get(
        "compute.organizations.listAssociations", () -> ctx.compute().firewallPolicies().listAssociations(
            ListAssociationsFirewallPolicyRequest.newBuilder().setTargetResource(node).build()))
        .getAssociationsList().stream().map(FirewallPolicyAssociation::getFirewallPolicyId).toList());
  }
}
