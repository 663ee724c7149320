package cloudscan.azure.collect.security;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.SecurityService.Kind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * Microsoft Defender for Cloud per subscription: plans ({@code Pricings_List}) and security contacts
 * ({@code SecurityContacts_List}). No management library for Microsoft.Security is served, so both
 * are raw GETs through the guarded Resource Manager pipeline. Facts are recorded at the subscription
 * ({@code global}) and cover every region of it. A provider that is not registered means Defender
 * was never used: every plan is Free.
 */
public final class DefenderCollector implements Collector {

  static final String PRICINGS_API = "2024-01-01";
  static final String CONTACTS_API = "2023-12-01-preview";

  private final AzureClients clients;

  public DefenderCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "security";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(SecurityService.class);
  }

  @Override
  public Set<String> looksFor() {
    return Set.of(FactKinds.key(SecurityService.class, Kind.THREAT_DETECTION),
        FactKinds.key(SecurityService.class, Kind.MALWARE_PROTECTION),
        FactKinds.key(SecurityService.class, Kind.VULNERABILITY_SCANNING),
        FactKinds.key(SecurityService.class, Kind.INCIDENT_NOTIFICATION));
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    String base = "/subscriptions/" + sub + "/providers/Microsoft.Security/";
    Reads.Fetched<List<JsonNode>> plans = Reads.fetch(out, produces(),
        () -> Reads.unlessUnregistered(() -> clients.arm().list(base + "pricings?api-version=" + PRICINGS_API)));
    if (plans.ok()) {
      DefenderPlans.services(AzureRefs.ref(sub, "global", "microsoft.security/pricings", base + "pricings"),
          AzureRefs.ref(sub, "global", "microsoft.security/pricings", base + "pricings/virtualmachines"), plans.value())
          .forEach(out::accept);
    }
    Reads.Fetched<List<JsonNode>> contacts = Reads.fetch(out, produces(),
        () -> Reads.unlessUnregistered(() -> clients.arm().list(base + "securityContacts?api-version=" + CONTACTS_API)));
    if (contacts.ok()) {
      out.accept(SecurityContacts.notification(
          AzureRefs.ref(sub, "global", "microsoft.security/securitycontacts", base + "securitycontacts"), contacts.value()));
    }
  }
}
