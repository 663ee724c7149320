package cloudscan.azure.collect.storage;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.storage.StorageManager;
import com.azure.resourcemanager.storage.fluent.models.StorageAccountInner;
import java.util.Map;
import java.util.Set;

/**
 * Storage accounts (one list call per subscription) → {@link Located}, {@link DataStore} (ZRS/GZRS
 * are multi-zone), {@link Replica} (GRS/GZRS to the secondary region the account reports),
 * {@link EncryptionAtRest} (always on; a customer-managed key is named by its versionless URI),
 * {@link TlsPolicy} (minimum TLS; suites Microsoft-managed) and {@link PublicEndpoint} (public network
 * access and the storage firewall).
 */
public final class StorageCollector implements Collector {

  private final AzureClients clients;

  public StorageCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "storage";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Located.class, DataStore.class, Replica.class, EncryptionAtRest.class, TlsPolicy.class,
        PublicEndpoint.class, ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    StorageManager storage = clients.manager(sub, StorageManager.class, StorageManager::authenticate);
    for (StorageAccountInner a : Reads.unlessUnregistered(
        () -> storage.serviceClient().getStorageAccounts().list().stream().toList())) {
      ResourceRef ref = AzureRefs.ref(sub, a.location(), a.type(), a.id());
      out.accept(Located.regional(ref));
      out.accept(new ResourceLabel(ref, a.name(), Known.of(a.tags() == null ? Map.of() : a.tags())));
      out.accept(new DataStore(ref, StoreKind.OBJECT_STORAGE, StorageAccounts.multiZone(a)));
      if (StorageAccounts.geoReplicated(a)) {
        out.accept(new Replica(ref, StorageAccounts.sku(a) + " geo-replication", sub,
            a.secondaryLocation() == null ? null : AzureRefs.location(a.secondaryLocation())));
      }
      out.accept(new EncryptionAtRest(ref, StoreKind.OBJECT_STORAGE, Known.of(true), StorageAccounts.keyRef(a.encryption())));
      out.accept(StorageAccounts.tls(ref, a));
      out.accept(StorageAccounts.endpoint(ref, a));
    }
  }
}
