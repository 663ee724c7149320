package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.MultiRegions;
import com.google.cloud.compute.v1.Disk;
import com.google.cloud.compute.v1.ResourcePoliciesScopedList;
import com.google.cloud.compute.v1.ResourcePolicy;
import com.google.cloud.compute.v1.SnapshotSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Persistent-disk snapshot schedules (resource policies with a snapshot schedule) → one
 * {@link BackupPlan} each: retention ({@code maxRetentionDays}), the disks it is attached to (each
 * disk names its resource policies) as its selection, and where its snapshots are stored as the
 * plan's copy destination: the schedule's {@code storageLocations}, or else the project's snapshot
 * settings (nearest multi-region by default, the disk's own region, or specific locations). A
 * schedule attached to no disk selects nothing.
 */
public final class SnapshotScheduleCollector implements Collector {

  /** Schedules that take no more snapshots (EXPIRED: "will not run again"), or are not there yet or any more. */
  static final Set<String> NOT_RUNNING = Set.of("EXPIRED", "INVALID", "DELETING", "CREATING");

  private final GcpContext ctx;

  public SnapshotScheduleCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "compute";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(BackupPlan.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    String project = target.account();
    Aggregated<ResourcePolicy> policies = Aggregated.read("compute.resourcePolicies.list",
        () -> ctx.compute().resourcePolicies().aggregatedList(project).iteratePages(), ResourcePoliciesScopedList::getResourcePoliciesList);
    policies.gapIfPartial(out, "snapshot schedules", produces());
    List<ResourcePolicy> schedules = policies.items().stream().filter(ResourcePolicy::hasSnapshotSchedulePolicy)
        .filter(p -> !NOT_RUNNING.contains(p.getStatus())).toList();
    if (schedules.isEmpty()) {
      return;
    }
    // disks of an unreachable zone may carry a schedule: the selections are then unknown, never "none"
    Known<List<Disk>> disks = read(() -> ComputeReads.disks(ctx, project)).map(d -> d.unreachable().isEmpty() ? d.items() : null);
    Known<SnapshotSettings> settings = read(() -> GcpCall.get("compute.snapshotSettings.get",
        () -> ctx.compute().snapshotSettings().get(project)));
    for (ResourcePolicy p : schedules) {
      out.accept(plan(target, p, disks, settings));
    }
  }

  private static <T> Known<T> read(java.util.function.Supplier<T> read) {
    try {
      return Known.of(read.get());
    } catch (GcpCall.GcpCallException e) {
      return Known.unread(); // what depends on it (selections, copy locations) is unknown, never "none"
    }
  }

  private static BackupPlan plan(Target target, ResourcePolicy p, Known<List<Disk>> disks, Known<SnapshotSettings> settings) {
    String name = ComputeReads.name(p.getSelfLink());
    String region = GcpContext.last(p.getRegion());
    ResourceRef ref = GcpContext.ref(target, region, "compute.googleapis.com/ResourcePolicy", "//compute.googleapis.com/" + name);
    var schedule = p.getSnapshotSchedulePolicy();
    Known<Integer> retention = schedule.getRetentionPolicy().hasMaxRetentionDays()
        ? Known.of(schedule.getRetentionPolicy().getMaxRetentionDays()) : Known.unread();
    // a schedule in a state this reader does not know may not run: what it protects is unknown
    Known<List<Disk>> attachedFrom = "READY".equals(p.getStatus()) ? disks : Known.unread();
    Known<List<BackupPlan.Selection>> selections = attachedFrom.map(all -> {
      List<String> attached = all.stream().filter(d -> d.getResourcePoliciesList().stream()
          .anyMatch(rp -> ComputeReads.name(rp).equals(name))).map(d -> "//compute.googleapis.com/" + ComputeReads.name(d.getSelfLink()))
          .toList();
      return attached.isEmpty() ? List.of() : List.of(new BackupPlan.Selection(attached, null, null, null));
    });
    List<String> where = schedule.getSnapshotProperties().getStorageLocationsList();
    Known<List<BackupPlan.Copy>> copies = !where.isEmpty() ? Known.of(copies(target, where))
        : settings.map(s -> copies(target, defaultLocations(s, region)));
    return new BackupPlan(ref, retention, List.of(), copies, selections);
  }

  private static List<BackupPlan.Copy> copies(Target target, List<String> locations) {
    return locations.stream().map(l -> new BackupPlan.Copy(target.account(), l, null)).toList();
  }

  /** Where the project's snapshot settings store snapshots of disks in {@code region}; a null location is unknown. */
  static List<String> defaultLocations(SnapshotSettings s, String region) {
    String policy = s.getStorageLocation().getPolicy();
    Map<String, ?> specific = s.getStorageLocation().getLocationsMap();
    return switch (policy) {
      case "LOCAL_REGION" -> List.of(region);
      case "SPECIFIC_LOCATIONS" -> specific.isEmpty() ? java.util.Collections.singletonList(null) : List.copyOf(specific.keySet());
      case "NEAREST_MULTI_REGION", "" -> java.util.Collections.singletonList(MultiRegions.nearest(region));
      default -> java.util.Collections.singletonList(null);
    };
  }
}
