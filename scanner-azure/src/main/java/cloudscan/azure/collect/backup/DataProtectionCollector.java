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
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * Data Protection backup vaults (no served library: raw GETs, {@code 2025-07-01}) →
 * {@link BackupVault} (immutability, soft delete), {@link Located}, a {@link Replica} for geo-redundant
 * storage; backup policies with their backup instances → {@link BackupPlan}.
 */
public final class DataProtectionCollector implements Collector {

  static final String API = "2025-07-01";

  private final AzureClients clients;

  public DataProtectionCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "dataprotection";
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
    List<JsonNode> vaults = Reads.unlessUnregistered(() -> clients.arm().list("/subscriptions/" + sub
        + "/providers/Microsoft.DataProtection/backupVaults?api-version=" + API));
    for (JsonNode v : vaults) {
      ResourceRef ref = AzureRefs.ref(sub, v.path("location").asText(), v.path("type").asText(), v.path("id").asText());
      JsonNode security = v.path("properties").path("securitySettings");
      out.accept(BackupSettings.vault(ref, security.path("immutabilitySettings").path("state").asText(null),
          security.path("softDeleteSettings").path("state").asText(null)));
      out.accept(Located.regional(ref));
      boolean geo = false;
      for (JsonNode s : v.path("properties").path("storageSettings")) {
        geo |= "georedundant".equalsIgnoreCase(s.path("type").asText());
      }
      String pair = geo ? Locations.pairs(clients, sub).get(ref.location()) : null;
      if (geo) {
        out.accept(new Replica(ref, "geo-redundant backup storage", sub, pair));
      }
      plans(sub, ref, geo ? Known.of(List.of(new BackupPlan.Copy(sub, pair, ref.id()))) : Known.of(List.of()), out);
    }
  }

  private void plans(String sub, ResourceRef vault, Known<List<BackupPlan.Copy>> copies, FactSink out) {
    Reads.Fetched<List<JsonNode>> instances = Reads.fetch(out, Set.of(BackupPlan.class),
        () -> clients.arm().list(vault.id() + "/backupInstances?api-version=" + API));
    Reads.Fetched<List<JsonNode>> policies = Reads.fetch(out, Set.of(BackupPlan.class),
        () -> clients.arm().list(vault.id() + "/backupPolicies?api-version=" + API));
    if (!policies.ok()) {
      return;
    }
    for (JsonNode policy : policies.value()) {
      String id = AzureRefs.id(policy.path("id").asText());
      Known<List<BackupPlan.Selection>> selected = !instances.ok() ? Known.unread() : Known.of(instances.value().stream()
          .filter(i -> AzureRefs.id(i.path("properties").path("policyInfo").path("policyId").asText("-")).equals(id))
          .map(i -> new BackupPlan.Selection(List.of(AzureRefs.id(i.path("properties").path("dataSourceInfo")
              .path("resourceID").asText())), null, null, null))
          .toList());
      Integer longest = null;
      for (JsonNode rule : policy.path("properties").path("policyRules")) {
        for (JsonNode life : rule.path("lifecycles")) {
          Integer d = BackupSettings.days(life.path("deleteAfter").path("duration").asText(""));
          longest = d != null && (longest == null || d > longest) ? d : longest;
        }
      }
      out.accept(BackupSettings.plan(AzureRefs.ref(sub, vault.location(), "microsoft.dataprotection/backupvaults/backuppolicies", id),
          longest, vault.id(), copies, selected));
    }
  }
}
