package cloudscan.azure.collect.backup;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Locations;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.recoveryservices.RecoveryServicesManager;
import com.azure.resourcemanager.recoveryservices.fluent.models.VaultInner;
import com.azure.resourcemanager.recoveryservices.models.VaultProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * Recovery Services vaults (management library) → {@link BackupVault} (immutability, soft delete),
 * {@link Located}, and for geo-redundant backup storage a {@link Replica} to the paired region
 * (cross-region restore makes it restorable there). Backup policies and protected items are not in a
 * served library: raw GETs ({@code 2024-04-01}) → {@link BackupPlan} per policy with its longest
 * retention, the paired-region copy, and the protected resources as its selection.
 */
public final class RecoveryServicesCollector implements Collector {

  static final String API = "2024-04-01";

  private final AzureClients clients;

  public RecoveryServicesCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "recoveryservices";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(BackupVault.class, BackupPlan.class, Located.class, Replica.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    RecoveryServicesManager rsv = clients.manager(sub, RecoveryServicesManager.class, RecoveryServicesManager::authenticate);
    List<VaultInner> vaults = Reads.unlessUnregistered(() -> rsv.serviceClient().getVaults().list().stream().toList());
    for (VaultInner v : vaults) {
      ResourceRef ref = AzureRefs.ref(sub, v.location(), v.type(), v.id());
      VaultProperties p = v.properties();
      var security = p == null ? null : p.securitySettings();
      out.accept(BackupSettings.vault(ref,
          security == null || security.immutabilitySettings() == null ? null : String.valueOf(security.immutabilitySettings().state()),
          security == null || security.softDeleteSettings() == null ? null : String.valueOf(security.softDeleteSettings().softDeleteState())));
      out.accept(Located.regional(ref));
      boolean geo = p != null && p.redundancySettings() != null
          && "georedundant".equalsIgnoreCase(String.valueOf(p.redundancySettings().standardTierStorageRedundancy()));
      String pair = geo ? Locations.pairs(clients, sub).get(ref.location()) : null;
      if (geo) {
        out.accept(new Replica(ref, "geo-redundant backup storage" + (p.redundancySettings().crossRegionRestore() == null ? ""
            : " (cross-region restore " + p.redundancySettings().crossRegionRestore() + ")"), sub, pair));
      }
      plans(sub, v, ref, geo ? Known.of(List.of(new BackupPlan.Copy(sub, pair, ref.id()))) : Known.of(List.of()), out);
    }
  }

  private void plans(String sub, VaultInner v, ResourceRef vault, Known<List<BackupPlan.Copy>> copies, FactSink out) {
    String base = AzureRefs.id(v.id());
    Reads.Fetched<List<JsonNode>> items = Reads.fetch(out, Set.of(BackupPlan.class),
        () -> clients.arm().list(base + "/backupProtectedItems?api-version=" + API));
    Reads.Fetched<List<JsonNode>> policies = Reads.fetch(out, Set.of(BackupPlan.class),
        () -> clients.arm().list(base + "/backupPolicies?api-version=" + API));
    if (!policies.ok()) {
      return;
    }
    for (JsonNode policy : policies.value()) {
      String id = AzureRefs.id(policy.path("id").asText());
      Known<List<BackupPlan.Selection>> selected = !items.ok() ? Known.unread() : Known.of(items.value().stream()
          .filter(i -> AzureRefs.id(i.path("properties").path("policyId").asText("-")).equals(id))
          .map(i -> new BackupPlan.Selection(List.of(AzureRefs.id(i.path("properties").path("sourceResourceId").asText())),
              null, null, null))
          .toList());
      out.accept(BackupSettings.plan(AzureRefs.ref(sub, vault.location(), "microsoft.recoveryservices/vaults/backuppolicies", id),
          longest(policy.path("properties").path("retentionPolicy")), vault.id(), copies, selected));
    }
  }

  /** The longest of the daily, weekly, monthly and yearly retentions. */
  private static Integer longest(JsonNode retention) {
    Integer max = null;
    for (String schedule : List.of("dailySchedule", "weeklySchedule", "monthlySchedule", "yearlySchedule")) {
      Integer d = BackupSettings.days(retention.path(schedule).path("retentionDuration"));
      if (d != null && (max == null || d > max)) {
        max = d;
      }
    }
    return max;
  }
}
