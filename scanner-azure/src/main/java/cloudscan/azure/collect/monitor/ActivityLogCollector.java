package cloudscan.azure.collect.monitor;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.monitor.MonitorManager;
import com.azure.resourcemanager.monitor.fluent.models.DiagnosticSettingsResourceInner;
import com.azure.resourcemanager.monitor.models.LogSettings;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The subscription's activity log. It is always on (every control-plane change is recorded and kept
 * 90 days by Azure): a {@link SecurityService} of kind CONFIG_RECORDING, emitted without a call.
 * Each subscription diagnostic setting that exports it is an {@link AuditTrail} (the whole
 * subscription, every region; management events = the Administrative category; no integrity
 * validation is offered, so the destination's immutability is judged instead); its destination is
 * read where it lives ({@link LogDestinations}) as a {@link LogStore} holding audit logs.
 */
public final class ActivityLogCollector implements Collector {

  private static final Set<Class<? extends Fact>> TRAILS = Set.of(AuditTrail.class, LogStore.class);

  private final AzureClients clients;

  public ActivityLogCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "monitor";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(AuditTrail.class, LogStore.class, SecurityService.class);
  }

  @Override
  public Set<String> looksFor() {
    return Set.of(FactKinds.key(AuditTrail.class), FactKinds.key(LogStore.class),
        FactKinds.key(SecurityService.class, SecurityService.Kind.CONFIG_RECORDING));
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    ResourceRef activityLog = AzureRefs.ref(sub, "global", "microsoft.insights/eventtypes",
        "/subscriptions/" + sub + "/providers/microsoft.insights/eventtypes/management");
    out.accept(new SecurityService(activityLog, SecurityService.Kind.CONFIG_RECORDING, Known.of(true),
        "Azure activity log (always on; Azure keeps it 90 days)"));
    MonitorManager monitor = clients.manager(sub, MonitorManager.class, MonitorManager::authenticate);
    Reads.Fetched<List<DiagnosticSettingsResourceInner>> settings = Reads.fetch(out, TRAILS, () -> monitor.serviceClient()
        .getDiagnosticSettingsOperations().list("subscriptions/" + sub).stream().toList());
    if (settings.ok()) {
      settings.value().forEach(s -> trail(sub, s, out));
    }
  }

  private void trail(String sub, DiagnosticSettingsResourceInner s, FactSink out) {
    List<LogSettings> logs = s.logs() == null ? List.of() : s.logs();
    boolean any = logs.stream().anyMatch(LogSettings::enabled);
    boolean admin = logs.stream().anyMatch(l -> l.enabled() && (is(l.category(), "administrative")
        || is(l.categoryGroup(), "alllogs") || is(l.categoryGroup(), "audit")));
    String id = s.id() != null ? s.id() : "/subscriptions/" + sub + "/providers/microsoft.insights/diagnosticsettings/" + s.name();
    String destination = s.workspaceId() != null ? LogDestinations.tableId(s.workspaceId())
        : s.storageAccountId() != null ? LogDestinations.containerId(s.storageAccountId())
        : s.eventHubAuthorizationRuleId() != null ? AzureRefs.id(s.eventHubAuthorizationRuleId())
        : s.marketplacePartnerId() != null ? AzureRefs.id(s.marketplacePartnerId()) : null;
    out.accept(new AuditTrail(AzureRefs.ref(sub, "global", "microsoft.insights/diagnosticsettings", id), true,
        Known.of(any), Known.notOffered(), Known.of(admin), Known.ofNullable(destination)));
    if (s.workspaceId() != null) {
      Reads.Fetched<LogStore> ws = Reads.fetch(out, Set.of(LogStore.class),
          () -> LogDestinations.workspaceTable(clients, s.workspaceId()));
      if (ws.ok()) {
        out.accept(ws.value());
      }
    }
    if (s.storageAccountId() != null) {
      Reads.Fetched<LogStore> st = Reads.fetch(out, Set.of(LogStore.class),
          () -> LogDestinations.storageContainer(clients, s.storageAccountId(), null));
      if (st.ok()) {
        out.accept(st.value());
      }
    }
  }

  private static boolean is(String value, String expected) {
    return value != null && value.toLowerCase(Locale.ROOT).equals(expected);
  }
}
