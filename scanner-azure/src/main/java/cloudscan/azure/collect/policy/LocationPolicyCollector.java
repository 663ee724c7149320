package cloudscan.azure.collect.policy;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.LocationGuardrail;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Azure Policy assignments of the built-in "Allowed locations" and "Allowed locations for resource
 * groups" definitions that apply to the subscription (assigned to it or to a management group above:
 * {@code $filter=atScope()}) → {@link LocationGuardrail}. An assignment counts as enforced only in
 * enforcement mode Default, with no excluded scope ({@code notScopes}) and no policy exemption against
 * it: an exemption or exclusion lets resources be created abroad somewhere in the subscription.
 */
public final class LocationPolicyCollector implements Collector {

  static final String ALLOWED_LOCATIONS = "e56962a6-4747-49cd-b67b-bf8b01975c4c";
  static final String ALLOWED_GROUP_LOCATIONS = "e765b5de-1225-4ba3-bd56-1ac6695af988";

  private final AzureClients clients;

  public LocationPolicyCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "policy";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(LocationGuardrail.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    String base = "/subscriptions/" + sub + "/providers/Microsoft.Authorization/";
    Set<String> exempted = new HashSet<>();
    clients.arm().list(base + "policyExemptions?api-version=2022-07-01-preview&$filter=atScope()")
        .forEach(e -> exempted.add(AzureRefs.id(e.path("properties").path("policyAssignmentId").asText(""))));
    for (JsonNode a : clients.arm().list(base + "policyAssignments?api-version=2023-04-01&$filter=atScope()")) {
      JsonNode p = a.path("properties");
      String definition = p.path("policyDefinitionId").asText("").toLowerCase(Locale.ROOT);
      if (!definition.endsWith(ALLOWED_LOCATIONS) && !definition.endsWith(ALLOWED_GROUP_LOCATIONS)) {
        continue;
      }
      List<String> allowed = new ArrayList<>();
      p.path("parameters").path("listOfAllowedLocations").path("value").forEach(v -> allowed.add(AzureRefs.location(v.asText())));
      String id = AzureRefs.id(a.path("id").asText());
      boolean enforced = !"donotenforce".equalsIgnoreCase(p.path("enforcementMode").asText("Default"))
          && p.path("notScopes").isEmpty() && !exempted.contains(id);
      out.accept(new LocationGuardrail(AzureRefs.ref(sub, "global", "microsoft.authorization/policyassignments", id),
          allowed, enforced));
    }
  }
}
