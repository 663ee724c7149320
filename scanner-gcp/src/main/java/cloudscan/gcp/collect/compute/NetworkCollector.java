package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.VirtualNetwork;
import cloudscan.core.fact.VirtualNetwork.FlowLogs;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.compute.v1.Network;
import com.google.cloud.compute.v1.Subnetwork;
import com.google.cloud.compute.v1.SubnetworksScopedList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * VPC networks → {@link VirtualNetwork}: flow logs are set per subnet, so a network is ALL when
 * every subnet that carries instance traffic logs, PARTIAL when some do, NONE when none does. A
 * network without such subnets carries no traffic and is not judged.
 */
public final class NetworkCollector implements Collector {

  private final GcpContext ctx;

  public NetworkCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "compute";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(VirtualNetwork.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    String project = target.account();
    Map<String, int[]> logged = new HashMap<>(); // network → {subnets, with flow logs}
    Aggregated<Subnetwork> subnets = Aggregated.read("compute.subnetworks.list",
        () -> ctx.compute().subnetworks().aggregatedList(project).iteratePages(), SubnetworksScopedList::getSubnetworksList);
    if (!subnets.unreachable().isEmpty()) {
      // a network's flow logs judged on part of its subnets could read ALL where they are not
      throw new IllegalStateException("Compute Engine could not reach " + subnets.unreachable() + ": their subnets were not read");
    }
    for (Subnetwork s : subnets.items()) {
      if (carriesInstanceTraffic(s)) {
        int[] n = logged.computeIfAbsent(ComputeReads.name(s.getNetwork()), k -> new int[2]);
        n[0]++;
        n[1] += flowLogs(s) ? 1 : 0;
      }
    }
    for (Network n : ComputeReads.networks(ctx, project)) {
      String id = ComputeReads.name(n.getSelfLink());
      int[] counts = logged.get(id);
      if (counts != null) {
        FlowLogs state = counts[1] == counts[0] ? FlowLogs.ALL : counts[1] == 0 ? FlowLogs.NONE : FlowLogs.PARTIAL;
        out.accept(new VirtualNetwork(FirewallCollector.network(target, n.getSelfLink()),
            "default".equals(n.getName()), Known.of(state)));
      }
    }
  }

  /** Proxy-only and other special-purpose subnets cannot have flow logs. */
  private static boolean carriesInstanceTraffic(Subnetwork s) {
    return !s.hasPurpose() || List.of("PRIVATE", "PRIVATE_RFC_1918", "").contains(s.getPurpose());
  }

  /**
   * Flow logs report this subnet's flows: enabled, sampling more than none ({@code flowSampling}
   * 0.0 reports nothing) and not narrowed by a filter ({@code filterExpr}, which may keep nothing).
   */
  static boolean flowLogs(Subnetwork s) {
    if (!s.hasLogConfig()) {
      return s.getEnableFlowLogs();
    }
    var c = s.getLogConfig();
    boolean sampled = !c.hasFlowSampling() || c.getFlowSampling() > 0f;
    boolean unfiltered = !c.hasFilterExpr() || c.getFilterExpr().isBlank() || c.getFilterExpr().trim().equals("true");
    return c.getEnable() && sampled && unfiltered;
  }
}
