package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Known;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.core.fact.Scope;
import cloudscan.gcp.collect.GcpContext;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The firewalls of each VPC network → {@link NetworkRule}s, judged per network (the rule set).
 * Where only VPC firewall rules apply: every enabled rule with its priority and targets, and the
 * implied rules (deny all ingress, allow all egress at priority 65535); a disabled rule is not in
 * force and is not emitted. Where firewall policies (hierarchical, network, regional network) have
 * ingress rules for the network: the whole evaluation order as one first-match list
 * ({@link FirewallPolicies}), one rule set for the network and one per region with regional
 * policies. A network whose policies cannot be evaluated is a gap.
 */
public final class FirewallCollector implements Collector {

  private final GcpContext ctx;

  public FirewallCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "compute";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(NetworkRule.class, ResourceLabel.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    for (NetworkFirewall n : FirewallPolicies.of(ctx, target).values()) {
      n.rules().forEach(out::accept);
      Set<ResourceRef> sets = new java.util.LinkedHashSet<>(List.of(n.ref()));
      n.rules().forEach(r -> sets.add(r.target()));
      sets.forEach(ref -> out.accept(new ResourceLabel(ref, label(ref), Known.of(Map.of()))));
      n.notEvaluated().ifPresent(reason -> out.gap(new FirewallPolicies.NotEvaluated(reason), Set.of(NetworkRule.class)));
    }
  }

  /** {@code .../networks/vpc-a} → {@code vpc-a}; a regional rule set → {@code vpc-a (asia-northeast1)}. */
  private static String label(ResourceRef ref) {
    String id = ref.id();
    int r = id.indexOf("/regions/");
    return r < 0 ? GcpContext.last(id) : GcpContext.last(id.substring(0, r)) + " (" + GcpContext.last(id) + ")";
  }

  static ResourceRef network(Target target, String selfLink) {
    return GcpContext.ref(target, "global", "compute.googleapis.com/Network", "//compute.googleapis.com/" + ComputeReads.name(selfLink));
  }
}
