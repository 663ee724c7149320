package cloudscan.gcp.collect.compute;

import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.compute.v1.Disk;
import com.google.cloud.compute.v1.DisksScopedList;
import com.google.cloud.compute.v1.Firewall;
import com.google.cloud.compute.v1.Instance;
import com.google.cloud.compute.v1.InstancesScopedList;
import com.google.cloud.compute.v1.Network;
import com.google.cloud.compute.v1.TargetHttpsProxiesScopedList;
import com.google.cloud.compute.v1.TargetHttpsProxy;
import java.util.List;

/** Compute reads several collectors need, made once per project. */
public final class ComputeReads {

  private ComputeReads() { }

  static List<Firewall> firewalls(GcpContext ctx, String project) {
    return ctx.clients().shared("compute.firewalls.list:" + project, () -> GcpCall.list("compute.firewalls.list",
        () -> ctx.compute().firewalls().list(project).iterateAll()));
  }

  static List<Network> networks(GcpContext ctx, String project) {
    return ctx.clients().shared("compute.networks.list:" + project, () -> GcpCall.list("compute.networks.list",
        () -> ctx.compute().networks().list(project).iterateAll()));
  }

  /** VM instances of every zone, read once per project (instances and vulnerability reports need them). */
  public static Aggregated<Instance> instances(GcpContext ctx, String project) {
    return ctx.clients().shared("compute.instances.list:" + project, () -> Aggregated.read("compute.instances.list",
        () -> ctx.compute().instances().aggregatedList(project).iteratePages(), InstancesScopedList::getInstancesList));
  }

  /** Persistent disks of every zone and region, read once per project (disks and snapshot schedules need them). */
  static Aggregated<Disk> disks(GcpContext ctx, String project) {
    return ctx.clients().shared("compute.disks.list:" + project, () -> Aggregated.read("compute.disks.list",
        () -> ctx.compute().disks().aggregatedList(project).iteratePages(), DisksScopedList::getDisksList));
  }

  /** Target HTTPS proxies of every region, read once per project (TLS and certificates need them). */
  static Aggregated<TargetHttpsProxy> httpsProxies(GcpContext ctx, String project) {
    return ctx.clients().shared("compute.targetHttpsProxies.list:" + project, () -> Aggregated.read(
        "compute.targetHttpsProxies.list", () -> ctx.compute().httpsProxies().aggregatedList(project).iteratePages(),
        TargetHttpsProxiesScopedList::getTargetHttpsProxiesList));
  }

  static List<com.google.cloud.compute.v1.TargetSslProxy> sslProxies(GcpContext ctx, String project) {
    return ctx.clients().shared("compute.targetSslProxies.list:" + project, () -> GcpCall.list("compute.targetSslProxies.list",
        () -> ctx.compute().sslProxies().list(project).iterateAll()));
  }

  /** {@code https://.../compute/v1/projects/p/global/networks/n} → {@code projects/p/global/networks/n}. */
  public static String name(String selfLink) {
    if (selfLink == null) {
      return "";
    }
    for (String marker : List.of("/compute/v1/", "/compute/beta/", "/compute/alpha/")) {
      int i = selfLink.indexOf(marker);
      if (i >= 0) {
        return selfLink.substring(i + marker.length());
      }
    }
    return selfLink.startsWith("projects/") ? selfLink : selfLink.replaceFirst("^.*?(projects/)", "$1");
  }

  /** {@code asia-northeast1-a} → {@code asia-northeast1}. */
  public static String regionOfZone(String zone) {
    int dash = zone.lastIndexOf('-');
    return dash > 0 ? zone.substring(0, dash) : zone;
  }
}
