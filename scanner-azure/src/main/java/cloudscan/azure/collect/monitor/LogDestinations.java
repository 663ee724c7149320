package cloudscan.azure.collect.monitor;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.Retention;
import com.azure.resourcemanager.loganalytics.LogAnalyticsManager;
import com.azure.resourcemanager.loganalytics.fluent.models.TableInner;
import com.azure.resourcemanager.loganalytics.fluent.models.WorkspaceInner;
import com.azure.resourcemanager.storage.StorageManager;
import com.azure.resourcemanager.storage.fluent.models.ListContainerItemInner;
import com.azure.resourcemanager.storage.fluent.models.ManagementPolicyInner;
import com.azure.resourcemanager.storage.models.ManagementPolicyName;
import com.azure.resourcemanager.storage.models.ManagementPolicyRule;

/**
 * Where the activity log goes and how long it stays there, read at the destination itself:
 * <ul>
 *   <li>Log Analytics: the {@code AzureActivity} table's total retention (interactive + archive;
 *       a table without its own setting keeps the workspace's), never the workspace default alone;</li>
 *   <li>storage: the {@code insights-activity-logs} container: the shortest lifecycle delete rule
 *       that applies to it (none: kept without expiry) and whether it is locked immutable.</li>
 * </ul>
 * The store's ID names the table or container, so a trail's destination matches exactly one store.
 */
final class LogDestinations {

  static final String TABLE = "AzureActivity";
  static final String CONTAINER = "insights-activity-logs";

  private LogDestinations() { }

  static String tableId(String workspaceId) {
    return AzureRefs.id(workspaceId) + "/tables/" + TABLE.toLowerCase(java.util.Locale.ROOT);
  }

  static String containerId(String accountId) {
    return AzureRefs.id(accountId) + "/blobservices/default/containers/" + CONTAINER;
  }

  /** The activity-log table of a workspace (workspace GET + table GET). Log Analytics data can be purged: not immutable. */
  static LogStore workspaceTable(AzureClients clients, String workspaceId) {
    String sub = AzureRefs.subscriptionOf(workspaceId);
    LogAnalyticsManager la = clients.manager(sub, LogAnalyticsManager.class, LogAnalyticsManager::authenticate);
    String group = AzureRefs.groupOf(workspaceId);
    String name = AzureRefs.nameOf(workspaceId);
    WorkspaceInner ws = la.serviceClient().getWorkspaces().getByResourceGroup(group, name);
    TableInner table = Reads.orNullIfAbsent(() -> la.serviceClient().getTables().get(group, name, TABLE));
    Integer days = table == null ? null
        : table.totalRetentionInDays() != null ? table.totalRetentionInDays() : table.retentionInDays();
    if (days == null) {
      days = ws.retentionInDays();
    }
    return new LogStore(AzureRefs.ref(sub, ws.location(), "microsoft.operationalinsights/workspaces/tables",
        tableId(workspaceId)), true, days == null ? Retention.unknown() : Retention.days(days), Known.of(false));
  }

  /** The activity-log container of a storage account (lifecycle policy GET + container list). */
  static LogStore storageContainer(AzureClients clients, String accountId, String location) {
    String sub = AzureRefs.subscriptionOf(accountId);
    StorageManager storage = clients.manager(sub, StorageManager.class, StorageManager::authenticate);
    String group = AzureRefs.groupOf(accountId);
    String name = AzureRefs.nameOf(accountId);
    ManagementPolicyInner policy = Reads.orNullIfAbsent(() -> storage.serviceClient().getManagementPolicies()
        .get(group, name, ManagementPolicyName.DEFAULT));
    ListContainerItemInner container = storage.serviceClient().getBlobContainers().list(group, name).stream()
        .filter(c -> CONTAINER.equalsIgnoreCase(c.name())).findFirst().orElse(null);
    Known<Boolean> immutable = Known.of(container != null && (Boolean.TRUE.equals(container.hasLegalHold())
        || container.immutabilityPolicy() != null && "locked".equalsIgnoreCase(String.valueOf(container.immutabilityPolicy().state()))));
    return new LogStore(AzureRefs.ref(sub, location, "microsoft.storage/storageaccounts/blobservices/containers",
        containerId(accountId)), true, lifecycle(policy), immutable);
  }

  /** The shortest enabled delete rule whose prefix covers the container; none: unlimited. */
  static Retention lifecycle(ManagementPolicyInner policy) {
    if (policy == null || policy.policy() == null || policy.policy().rules() == null) {
      return Retention.unlimited();
    }
    int shortest = Integer.MAX_VALUE;
    for (ManagementPolicyRule r : policy.policy().rules()) {
      if (Boolean.FALSE.equals(r.enabled()) || r.definition() == null || r.definition().actions() == null
          || r.definition().actions().baseBlob() == null || r.definition().actions().baseBlob().delete() == null
          || !covers(r)) {
        continue;
      }
      var d = r.definition().actions().baseBlob().delete();
      Float days = d.daysAfterModificationGreaterThan() != null ? d.daysAfterModificationGreaterThan()
          : d.daysAfterCreationGreaterThan() != null ? d.daysAfterCreationGreaterThan() : d.daysAfterLastAccessTimeGreaterThan();
      if (days != null) {
        shortest = Math.min(shortest, (int) Math.floor(days));
      }
    }
    return shortest == Integer.MAX_VALUE ? Retention.unlimited() : Retention.days(shortest);
  }

  private static boolean covers(ManagementPolicyRule r) {
    var f = r.definition().filters();
    if (f == null || f.prefixMatch() == null || f.prefixMatch().isEmpty()) {
      return true;
    }
    return f.prefixMatch().stream().anyMatch(p -> CONTAINER.startsWith(p.split("/")[0])
        || p.toLowerCase(java.util.Locale.ROOT).startsWith(CONTAINER));
  }
}
