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
import com.google.cloud.compute.v1.Firewall;
import com.google.cloud.compute.v1.Network;
import java.util.Map;
import java.util.Set;

/**
 * VPC firewall rules → {@link NetworkRule}, judged per network (the rule set): every enabled rule
 * with its priority and targets, and each network's implied rules (deny all ingress, allow all
 * egress at priority 65535). A disabled rule is not in force and is not emitted. A network under a
 * firewall policy with deciding rules (hierarchical or network policy) is a gap: its VPC rules
 * alone do not say what gets through.
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
    String project = target.account();
    for (Network n : ComputeReads.networks(ctx, project)) {
      ResourceRef ref = network(target, n.getSelfLink().isEmpty() ? "projects/" + project + "/global/networks/"
          + n.getName() : n.getSelfLink());
      FirewallRules.implied(ref).forEach(out::accept);
      out.accept(new ResourceLabel(ref, n.getName(), Known.of(Map.of())));
    }
    for (Firewall f : ComputeReads.firewalls(ctx, project)) {
      if (!f.getDisabled()) {
        FirewallRules.of(network(target, f.getNetwork()), f).forEach(out::accept);
      }
    }
    for (Network n : ComputeReads.networks(ctx, project)) {
      FirewallPolicies.deciding(ctx, project, n.getName()).ifPresent(policy -> out.gap(new FirewallPolicies.NotEvaluated(
          "network " + n.getName() + ": " + policy + " decides traffic before or beside the VPC firewall rules; cloudscan "
              + "does not evaluate firewall policies yet, so this network's exposure is unknown"), Set.of(NetworkRule.class)));
    }
  }

  static ResourceRef network(Target target, String selfLink) {
    return GcpContext.ref(target, "global", "compute.googleapis.com/Network", "//compute.googleapis.com/" + ComputeReads.name(selfLink));
  }
}
