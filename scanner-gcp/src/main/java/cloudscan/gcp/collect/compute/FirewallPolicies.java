package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.compute.Flattener.Level;
import com.google.cloud.compute.v1.Firewall;
import com.google.cloud.compute.v1.FirewallPoliciesScopedList;
import com.google.cloud.compute.v1.FirewallPolicy;
import com.google.cloud.compute.v1.Network;
import com.google.cloud.compute.v1.NetworksGetEffectiveFirewallsResponseEffectiveFirewallPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The firewalls of a project's networks, read once per project: VPC firewall rules, and the
 * firewall policies Google says are in force on each network ({@code networks.getEffectiveFirewalls}:
 * hierarchical policies of the organization and folders, the global network policy, system
 * policies) plus the regional network policies associated with it
 * ({@code networkFirewallPolicies.aggregatedList}), evaluated in Google's documented order
 * ({@link Flattener}): hierarchical policies from the organization down, system policies, then
 * VPC rules and network policies as the network's {@code networkFirewallPolicyEnforcementOrder}
 * says (VPC rules first unless BEFORE_CLASSIC_FIREWALL), then the implied deny.
 */
final class FirewallPolicies {

  /** The policies in force on a network could not all be evaluated. */
  static final class NotEvaluated extends UnsupportedOperationException {
    private static final long serialVersionUID = 1L;

    NotEvaluated(String message) {
      super(message);
    }
  }

  private final GcpContext ctx;
  private final Target target;
  private final String project;

  private FirewallPolicies(GcpContext ctx, Target target) {
    this.ctx = ctx;
    this.target = target;
    this.project = target.account();
  }

  /** Each network of the project (by {@code projects/P/global/networks/N}) and what decides its traffic. */
  static Map<String, NetworkFirewall> of(GcpContext ctx, Target target) {
    return ctx.clients().shared("firewalls:" + target.account(), () -> new FirewallPolicies(ctx, target).read());
  }

  private Map<String, NetworkFirewall> read() {
    List<Firewall> firewalls = ComputeReads.firewalls(ctx, project);
    Map<String, Map<String, List<FirewallPolicy>>> regional = null;
    Map<String, NetworkFirewall> out = new LinkedHashMap<>();
    for (Network n : ComputeReads.networks(ctx, project)) {
      String name = n.getSelfLink().isEmpty() ? "projects/" + project + "/global/networks/" + n.getName()
          : ComputeReads.name(n.getSelfLink());
      ResourceRef ref = FirewallCollector.network(target, name);
      List<NetworkRule> user = new ArrayList<>();
      firewalls.stream().filter(f -> !f.getDisabled() && ComputeReads.name(f.getNetwork()).equals(name))
          .forEach(f -> user.addAll(FirewallRules.of(ref, f)));
      List<NetworkRule> vpc = new ArrayList<>(FirewallRules.implied(ref));
      vpc.addAll(user);
      List<NetworksGetEffectiveFirewallsResponseEffectiveFirewallPolicy> effective = GcpCall.get(
          "compute.networks.getEffectiveFirewalls",
          () -> ctx.compute().networks().getEffectiveFirewalls(project, n.getName())).getFirewallPolicysList();
      if (regional == null) {
        regional = regionalPolicies();
      }
      out.put(name, evaluate(n, name, ref, vpc, user, effective, regional.getOrDefault(name, Map.of())));
    }
    return out;
  }

  private NetworkFirewall evaluate(Network n, String name, ResourceRef ref, List<NetworkRule> vpc, List<NetworkRule> user,
      List<NetworksGetEffectiveFirewallsResponseEffectiveFirewallPolicy> effective,
      Map<String, List<FirewallPolicy>> regionalPolicies) {
    try {
      Map<String, List<Level>> regional = new LinkedHashMap<>();
      regionalPolicies.forEach((region, policies) -> regional.put(region, policies.stream().map(p -> {
        String label = label(p.getShortName(), p.getDisplayName(), p.getName());
        return new Level(label, PolicySteps.policy(label, p.getRulesList(), name));
      }).toList()));
      List<Level> hierarchy = new HierarchyOrder(ctx, target).order(effective, name);
      List<Level> system = new ArrayList<>();
      List<Level> global = new ArrayList<>();
      for (var p : effective) {
        Level level = new Level(label(p.getShortName(), p.getDisplayName(), p.getName()),
            PolicySteps.policy(label(p.getShortName(), p.getDisplayName(), p.getName()), p.getRulesList(), name));
        switch (p.getType()) {
          case "HIERARCHY" -> { }
          case "SYSTEM_GLOBAL", "SYSTEM_REGIONAL" -> system.add(level);
          case "NETWORK" -> global.add(level);
          default -> {
            if (!level.steps().isEmpty()) {
              throw new NotEvaluated("firewall policy " + level.label() + " is of type '" + p.getType()
                  + "', whose place in the evaluation order cloudscan does not know");
            }
          }
        }
      }
      if (empty(hierarchy) && empty(system) && empty(global) && regional.values().stream().allMatch(FirewallPolicies::empty)) {
        return new NetworkFirewall(ref, vpc, null, null);
      }
      boolean before = "BEFORE_CLASSIC_FIREWALL".equals(n.getNetworkFirewallPolicyEnforcementOrder());
      Level classic = new Level("vpc", PolicySteps.vpc(user)); // the implied rules come last, after every policy
      Map<String, List<Step>> flattened = new LinkedHashMap<>();
      flattened.put("", Flattener.flatten(order(hierarchy, system, classic, global, List.of(), before)));
      regional.forEach((region, levels) -> flattened.put(region,
          Flattener.flatten(order(hierarchy, system, classic, global, levels, before))));
      return new NetworkFirewall(ref, vpc, flattened, null);
    } catch (NotEvaluated e) {
      return new NetworkFirewall(ref, vpc, null, "network " + n.getName() + ": " + e.getMessage()
          + "; so what gets through to it is unknown");
    }
  }

  private static List<Level> order(List<Level> hierarchy, List<Level> system, Level classic, List<Level> global,
      List<Level> regional, boolean before) {
    List<Level> out = new ArrayList<>(hierarchy);
    out.addAll(system);
    if (!before) {
      out.add(classic);
    }
    out.addAll(global);
    out.addAll(regional);
    if (before) {
      out.add(classic);
    }
    return out;
  }

  /** Regional network firewall policies: network → region → policies associated with it there. */
  private Map<String, Map<String, List<FirewallPolicy>>> regionalPolicies() {
    Map<String, Map<String, List<FirewallPolicy>>> out = new LinkedHashMap<>();
    Aggregated<FirewallPolicy> all = Aggregated.read("compute.firewallPolicies.list,compute.regionFirewallPolicies.list",
        () -> ctx.compute().networkFirewallPolicies().aggregatedList(project).iteratePages(),
        FirewallPoliciesScopedList::getFirewallPoliciesList);
    if (!all.unreachable().isEmpty()) {
      // a regional policy left out could hide an allow: the rule sets are never judged without it
      throw new IllegalStateException("Compute Engine could not reach " + all.unreachable()
          + ": their network firewall policies were not read");
    }
    for (FirewallPolicy p : all.items()) {
      if (p.getRegion().isEmpty()) {
        continue; // global network policies are read from each network's effective firewalls
      }
      for (var a : p.getAssociationsList()) {
        out.computeIfAbsent(ComputeReads.name(a.getAttachmentTarget()), k -> new LinkedHashMap<>())
            .computeIfAbsent(GcpContext.last(p.getRegion()), k -> new ArrayList<>()).add(p);
      }
    }
    return out;
  }

  /** True if no level decides anything: a level whose rules all hand on (goto_next) hands on every packet. */
  private static boolean empty(List<Level> levels) {
    return levels.stream().allMatch(l -> l.steps().stream().allMatch(st -> st.action() == Step.Action.GOTO_NEXT));
  }

  static String label(String shortName, String displayName, String name) {
    return !shortName.isEmpty() ? shortName : !displayName.isEmpty() ? displayName : GcpContext.last(name);
  }
}
