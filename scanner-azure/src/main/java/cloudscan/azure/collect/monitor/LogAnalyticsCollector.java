package cloudscan.azure.collect.monitor;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Retention;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.loganalytics.LogAnalyticsManager;
import com.azure.resourcemanager.loganalytics.fluent.models.WorkspaceInner;
import java.util.Map;
import java.util.Set;

/**
 * Log Analytics workspaces → {@link LogStore} with the workspace's default retention (logs that may
 * serve as evidence: a short retention warns), plus {@link Located}. The activity log's own table is
 * judged from its diagnostic setting ({@link ActivityLogCollector}).
 */
public final class LogAnalyticsCollector implements Collector {

  private final AzureClients clients;

  public LogAnalyticsCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "loganalytics";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(LogStore.class, Located.class, ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    LogAnalyticsManager la = clients.manager(sub, LogAnalyticsManager.class, LogAnalyticsManager::authenticate);
    for (WorkspaceInner ws : Reads.unlessUnregistered(() -> la.serviceClient().getWorkspaces().list().stream().toList())) {
      ResourceRef ref = AzureRefs.ref(sub, ws.location(), ws.type(), ws.id());
      out.accept(Located.regional(ref));
      out.accept(new ResourceLabel(ref, ws.name(), Known.of(ws.tags() == null ? Map.of() : ws.tags())));
      Retention r = ws.retentionInDays() == null ? Retention.unknown() : Retention.days(ws.retentionInDays());
      out.accept(new LogStore(ref, false, r, Known.of(false)));
    }
  }
}
