package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.compute.v1.Firewall;
import com.google.cloud.compute.v1.Instance;
import com.google.cloud.compute.v1.NetworkInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * VM instances → {@link ComputeInstance} (public IP; managed access = an enabled firewall rule
 * lets Identity-Aware Proxy TCP forwarding, 35.235.240.0/20, reach it on 22 or 3389), one
 * {@link NetworkAttachment} per network interface (the network's firewall rule set, members = the
 * instance's network tags {@code tag:NAME} and service account {@code sa:EMAIL}), {@link Located}
 * (zone) and {@link ResourceLabel}.
 */
public final class InstanceCollector implements Collector {

  static final Cidr IAP_RANGE = Cidr.parse("35.235.240.0/20");

  private final GcpContext ctx;

  public InstanceCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "compute";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(ComputeInstance.class, NetworkAttachment.class, Located.class, ResourceLabel.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    String project = target.account();
    List<Instance> instances = ComputeReads.instances(ctx, project);
    if (instances.isEmpty()) {
      return;
    }
    List<Firewall> firewalls = ComputeReads.firewalls(ctx, project);
    for (Instance i : instances) {
      String zone = GcpContext.last(i.getZone());
      ResourceRef ref = ref(target, i);
      List<String> members = members(i);
      boolean publicIp = i.getNetworkInterfacesList().stream().anyMatch(n -> !n.getAccessConfigsList().isEmpty()
          || !n.getIpv6AccessConfigsList().isEmpty());
      boolean iap = i.getNetworkInterfacesList().stream().anyMatch(n -> iapReaches(firewalls, n, members));
      out.accept(new ComputeInstance(ref, Known.of(iap), Known.of(publicIp)));
      out.accept(Located.zonal(ref, zone));
      out.accept(new ResourceLabel(ref, i.getName(), Known.of(i.getLabelsMap())));
      for (NetworkInterface n : i.getNetworkInterfacesList()) {
        out.accept(new NetworkAttachment(ref, List.of(new NetworkAttachment.Layer(
            List.of("//compute.googleapis.com/" + ComputeReads.name(n.getNetwork())))), members));
      }
    }
  }

  /** The instance as every GCP fact names it. */
  public static ResourceRef ref(Target target, Instance i) {
    String zone = GcpContext.last(i.getZone());
    return GcpContext.ref(target, ComputeReads.regionOfZone(zone), "compute.googleapis.com/Instance",
        "//compute.googleapis.com/projects/" + target.account() + "/zones/" + zone + "/instances/" + i.getName());
  }

  private static List<String> members(Instance i) {
    List<String> m = new ArrayList<>();
    i.getTags().getItemsList().forEach(t -> m.add("tag:" + t));
    i.getServiceAccountsList().forEach(s -> m.add("sa:" + s.getEmail()));
    return m;
  }

  /**
   * The network's rules, in the order Compute Engine evaluates them (priority, a deny first on a
   * tie, the implied deny last), let IAP reach 22 or 3389 of this instance: the first rule that
   * applies to the instance and covers the IAP range on that port decides.
   */
  private static boolean iapReaches(List<Firewall> firewalls, NetworkInterface nic, List<String> members) {
    String network = ComputeReads.name(nic.getNetwork());
    ResourceRef ref = ResourceRef.of(Cloud.GCP, "-", "global", "network", network);
    List<NetworkRule> rules = new ArrayList<>(FirewallRules.implied(ref));
    firewalls.stream().filter(f -> !f.getDisabled() && ComputeReads.name(f.getNetwork()).equals(network))
        .forEach(f -> rules.addAll(FirewallRules.of(ref, f)));
    rules.sort(java.util.Comparator.comparing((NetworkRule r) -> r.priority())
        .thenComparing(r -> r.action() == cloudscan.core.fact.RuleAction.DENY ? 0 : 1));
    for (int port : List.of(22, 3389)) {
      for (NetworkRule r : rules) {
        if (r.inbound() && r.matches(Protocol.TCP, port)
            && (r.appliesTo().isEmpty() || r.appliesTo().stream().anyMatch(members::contains))
            && r.sources().stream().anyMatch(p -> p instanceof Peer.Network net && net.cidr().contains(IAP_RANGE))) {
          if (r.allowsInbound()) {
            return true;
          }
          break; // denied on this port: try the other
        }
      }
    }
    return false;
  }

}
