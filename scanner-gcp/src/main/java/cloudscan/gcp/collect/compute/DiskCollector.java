package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
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
    return Set.of(Located.class, DataStore.class, EncryptionAtRest.class);
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
