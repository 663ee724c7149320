package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.GcpCall;
import com.google.cloud.compute.v1.Instance;
import com.google.cloud.compute.v1.NetworkInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * VM instances → {@link ComputeInstance} (public IP; managed access = an enabled firewall rule
 * lets Identity-Aware Proxy TCP forwarding, 35.235.240.0/20, reach it on 22 or 3389), one
 * {@link NetworkAttachment} per network interface (the network's firewall rule set, members = the
 * instance's network tags {@code tag:NAME} and service account {@code sa:EMAIL}), {@link Located}
 * (zone) and {@link ResourceLabel}.
 */
public final class InstanceCollector implements Collector {


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
    Aggregated<Instance> read = ComputeReads.instances(ctx, project);
    read.gapIfPartial(out, "instances", produces());
    List<Instance> instances = read.items();
    if (instances.isEmpty()) {
      return;
    }
    Map<String, NetworkFirewall> firewalls = firewalls(target);
    for (Instance i : instances) {
      String zone = GcpContext.last(i.getZone());
      String region = ComputeReads.regionOfZone(zone);
      ResourceRef ref = ref(target, i);
      List<String> members = members(i);
      boolean publicIp = i.getNetworkInterfacesList().stream().anyMatch(n -> !n.getAccessConfigsList().isEmpty()
          || !n.getIpv6AccessConfigsList().isEmpty());
      out.accept(new ComputeInstance(ref, iap(firewalls, i, region, members), Known.of(publicIp)));
      out.accept(Located.zonal(ref, zone));
      out.accept(new ResourceLabel(ref, i.getName(), Known.of(i.getLabelsMap())));
      for (NetworkInterface n : i.getNetworkInterfacesList()) {
        String network = ComputeReads.name(n.getNetwork());
        NetworkFirewall fw = firewalls == null ? null : firewalls.get(network);
        String ruleSet = fw == null ? "//compute.googleapis.com/" + network : fw.ruleSet(region).id();
        out.accept(new NetworkAttachment(ref, List.of(new NetworkAttachment.Layer(List.of(ruleSet))), members));
      }
    }
  }

  /** The project's firewalls, or null when they cannot be read (the firewall collector records that gap). */
  private Map<String, NetworkFirewall> firewalls(Target target) {
    try {
      return FirewallPolicies.of(ctx, target);
    } catch (GcpCall.GcpCallException e) {
      return null;
    }
  }

  /** IAP reaches 22 or 3389 through some interface; unread when a network's firewalls are unknown. */
  private static Known<Boolean> iap(Map<String, NetworkFirewall> firewalls, Instance i, String region, List<String> members) {
    if (firewalls == null) {
      return Known.unread();
    }
    boolean unknown = false;
    for (NetworkInterface n : i.getNetworkInterfacesList()) {
      NetworkFirewall fw = firewalls.get(ComputeReads.name(n.getNetwork()));
      if (fw == null || fw.notEvaluated().isPresent()) {
        unknown = true;
      } else if (IapPath.reaches(fw.inbound(region), members)) {
        return Known.of(true);
      }
    }
    return unknown ? Known.unread() : Known.of(false);
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
}
