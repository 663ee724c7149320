package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.compute.v1.CustomerEncryptionKey;
import com.google.cloud.compute.v1.Disk;
import com.google.cloud.compute.v1.Snapshot;
import java.util.Set;

/**
 * Persistent disks → {@link Located} (zone, or region for regional disks), {@link DataStore}
 * (regional disks replicate to two zones) and {@link EncryptionAtRest} (always on; CMEK named);
 * snapshots → {@link Located} at their storage location ({@code asia} is a multi-region abroad).
 */
public final class DiskCollector implements Collector {

  private final GcpContext ctx;

  public DiskCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "compute";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Located.class, DataStore.class, EncryptionAtRest.class, Replica.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    String project = target.account();
    Aggregated<Disk> disks = ComputeReads.disks(ctx, project);
    disks.gapIfPartial(out, "disks", produces());
    disks.items().forEach(d -> disk(target, d, out));
    for (Snapshot s : GcpCall.list("compute.snapshots.list", () -> ctx.compute().snapshots().list(project).iterateAll())) {
      String where = s.getStorageLocationsCount() == 1 ? s.getStorageLocations(0) : String.join("+", s.getStorageLocationsList());
      ResourceRef ref = GcpContext.ref(target, where, "compute.googleapis.com/Snapshot",
          "//compute.googleapis.com/" + ComputeReads.name(s.getSelfLink()));
      out.accept(Located.regional(ref));
      out.accept(new EncryptionAtRest(ref, StoreKind.SNAPSHOT, Known.of(true), key(s.getSnapshotEncryptionKey())));
    }
  }

  private static void disk(Target target, Disk d, FactSink out) {
    boolean regional = !d.getRegion().isEmpty();
    String zone = GcpContext.last(d.getZone());
    String location = regional ? GcpContext.last(d.getRegion()) : ComputeReads.regionOfZone(zone);
    ResourceRef ref = GcpContext.ref(target, location, "compute.googleapis.com/Disk",
        "//compute.googleapis.com/" + ComputeReads.name(d.getSelfLink()));
    out.accept(regional ? Located.regional(ref) : Located.zonal(ref, zone));
    out.accept(new DataStore(ref, StoreKind.BLOCK_STORAGE, Known.of(regional && d.getReplicaZonesCount() >= 2)));
    out.accept(new EncryptionAtRest(ref, StoreKind.BLOCK_STORAGE, Known.of(true), key(d.getDiskEncryptionKey())));
    asyncReplicas(ref, d).forEach(out::accept);
  }

  /**
   * Persistent Disk Asynchronous Replication: each secondary disk holds a copy, in its own project
   * and region, whatever the replication's state now (a stopped one keeps what it copied).
   */
  static java.util.List<Replica> asyncReplicas(ResourceRef ref, Disk d) {
    java.util.List<Replica> out = new java.util.ArrayList<>();
    d.getAsyncSecondaryDisksMap().forEach((key, secondary) -> {
      String url = secondary.getAsyncReplicationDisk().getDisk().isEmpty() ? key : secondary.getAsyncReplicationDisk().getDisk();
      String[] p = ComputeReads.name(url).split("/"); // projects/P/zones/Z/disks/D or projects/P/regions/R/disks/D
      String project = p.length > 1 ? p[1] : null;
      String where = p.length > 3 ? (p[2].equals("zones") ? ComputeReads.regionOfZone(p[3]) : p[3]) : null;
      var status = d.getResourceStatus().getAsyncSecondaryDisksMap().get(key);
      String state = status == null || status.getState().isEmpty() ? "state unknown" : status.getState();
      out.add(new Replica(ref, "Persistent Disk asynchronous replication (" + state + ")", project, where));
    });
    return out;
  }

  private static String key(CustomerEncryptionKey k) {
    if (k == null || k.getKmsKeyName().isEmpty()) {
      return null;
    }
    String n = k.getKmsKeyName();
    int v = n.indexOf("/cryptoKeyVersions/");
    return v < 0 ? n : n.substring(0, v);
  }
}
