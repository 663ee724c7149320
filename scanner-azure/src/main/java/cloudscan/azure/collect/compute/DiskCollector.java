package cloudscan.azure.collect.compute;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.compute.ComputeManager;
import com.azure.resourcemanager.compute.fluent.models.DiskEncryptionSetInner;
import com.azure.resourcemanager.compute.fluent.models.DiskInner;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Managed disks → {@link Located}, {@link DataStore} (ZRS disks are multi-zone) and
 * {@link EncryptionAtRest}: server-side encryption is always on; a disk encrypted with a customer key
 * names the key of its disk encryption set (read only when a disk uses one) by its versionless URI,
 * the form Key Vault keys carry. A disk encryption set that cannot be read leaves the key unnamed and
 * records a gap, never "platform key".
 */
public final class DiskCollector implements Collector {

  private final AzureClients clients;

  public DiskCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "disks";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Located.class, DataStore.class, EncryptionAtRest.class, ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    ComputeManager compute = clients.manager(sub, ComputeManager.class, ComputeManager::authenticate);
    List<DiskInner> disks = Reads.unlessUnregistered(() -> compute.serviceClient().getDisks().list().stream().toList());
    boolean customerKeys = disks.stream().anyMatch(d -> d.encryption() != null && d.encryption().diskEncryptionSetId() != null);
    Reads.Fetched<Map<String, String>> sets = customerKeys
        ? Reads.fetch(out, Set.of(EncryptionAtRest.class), () -> keys(compute)) : new Reads.Fetched<>(Map.of(), true);
    for (DiskInner d : disks) {
      ResourceRef ref = AzureRefs.ref(sub, d.location(), d.type(), d.id());
      out.accept(new Located(ref, d.zones() == null || d.zones().isEmpty() ? Known.notOffered()
          : Known.of(String.join(",", d.zones())), false));
      out.accept(new ResourceLabel(ref, d.name(), Known.of(d.tags() == null ? Map.of() : d.tags())));
      String sku = d.sku() == null || d.sku().name() == null ? "" : d.sku().name().toString().toUpperCase(Locale.ROOT);
      out.accept(new DataStore(ref, StoreKind.BLOCK_STORAGE, sku.isEmpty() ? Known.unread() : Known.of(sku.endsWith("_ZRS"))));
      String set = d.encryption() == null || d.encryption().diskEncryptionSetId() == null ? null
          : AzureRefs.id(d.encryption().diskEncryptionSetId());
      if (set == null || sets.ok()) {
        out.accept(new EncryptionAtRest(ref, StoreKind.BLOCK_STORAGE, Known.of(true),
            set == null ? null : sets.value().get(set)));
      }
    }
  }

  /** Disk encryption set ID → its active key's versionless URI. */
  private static Map<String, String> keys(ComputeManager compute) {
    Map<String, String> out = new HashMap<>();
    for (DiskEncryptionSetInner s : compute.serviceClient().getDiskEncryptionSets().list()) {
      if (s.activeKey() != null && s.activeKey().keyUrl() != null) {
        out.put(AzureRefs.id(s.id()), versionless(s.activeKey().keyUrl()));
      }
    }
    return out;
  }

  /** {@code https://v.vault.azure.net/keys/k/0123abcd} → {@code https://v.vault.azure.net/keys/k}. */
  static String versionless(String keyUrl) {
    String id = AzureRefs.id(keyUrl);
    int keys = id.indexOf("/keys/");
    if (keys < 0) {
      return id;
    }
    int end = id.indexOf('/', keys + "/keys/".length());
    return end < 0 ? id : id.substring(0, end);
  }
}
