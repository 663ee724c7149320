package cloudscan.gcp.collect.storage;

import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.orgpolicy.EffectivePolicy;
import com.google.cloud.storage.Bucket;
import com.google.cloud.storage.Storage;
import java.util.Map;
import java.util.Set;

/**
 * Cloud Storage buckets → {@link Located} (data locations; the per-service reading that wins over
 * Asset), {@link DataStore} (every location type keeps copies in several zones),
 * {@link EncryptionAtRest} (always on; CMEK key named), {@link Replica} (dual-region data
 * locations), {@link BackupVault} (buckets with a retention policy: locked or not),
 * {@link PublicEndpoint} and {@link ResourceLabel}.
 */
public final class StorageCollector implements Collector {

  private final GcpContext ctx;

  public StorageCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "storage";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Located.class, DataStore.class, EncryptionAtRest.class, Replica.class, BackupVault.class,
        PublicEndpoint.class, ResourceLabel.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    Storage storage = ctx.clients().storage(target.account());
    for (Bucket b : GcpCall.list("storage.buckets.list", () -> storage.list().iterateAll())) {
      ResourceRef ref = GcpContext.ref(target, BucketFacts.location(b), "storage.googleapis.com/Bucket", "//storage.googleapis.com/" + b.getName());
      out.accept(Located.regional(ref));
      out.accept(new DataStore(ref, StoreKind.OBJECT_STORAGE, Known.of(true)));
      out.accept(new EncryptionAtRest(ref, StoreKind.OBJECT_STORAGE, Known.of(true), BucketFacts.key(b)));
      BucketFacts.replicas(ref, b).forEach(out::accept);
      BackupVault vault = BucketFacts.vault(ref, b);
      if (vault != null) {
        out.accept(vault);
      }
      try {
        out.accept(BucketExposure.of(storage, ref, b,
            () -> EffectivePolicy.enforcedOn(ctx, target, "storage.publicAccessPrevention")));
      } catch (GcpCall.GcpCallException e) {
        out.gap(e, Set.of(PublicEndpoint.class));
      }
      out.accept(new ResourceLabel(ref, b.getName(), Known.of(b.getLabels() == null ? Map.of() : b.getLabels())));
    }
  }
}
