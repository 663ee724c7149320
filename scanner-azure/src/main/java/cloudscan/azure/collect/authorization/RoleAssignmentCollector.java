package cloudscan.azure.collect.authorization;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Principal;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.authorization.AuthorizationManager;
import com.azure.resourcemanager.authorization.fluent.models.ClassicAdministratorInner;
import com.azure.resourcemanager.authorization.fluent.models.RoleAssignmentInner;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who holds access to a subscription, as role bindings ({@link Principal} of kind ROLE): every role
 * assignment at any scope of it (subscription, resource groups, resources, and inherited from
 * management groups) that grants Owner, Contributor, User Access Administrator or Role Based Access
 * Control Administrator, and every assignment to a foreign-tenant group; and every Azure Lighthouse
 * delegation, which lets another tenant act in the subscription; and every classic administrator
 * (Service Administrator, Co-Administrator: full control of the subscription, retired by Microsoft in
 * 2024 but listed as long as the API still returns them; a 404 means none). Guests are found in the tenant (Entra); an
 * assignment's principal type does not say whether a user is a guest.
 */
public final class RoleAssignmentCollector implements Collector {

  /** Built-in role definition IDs (the same GUID in every tenant). */
  static final Map<String, String> PRIVILEGED = Map.of(
      "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "Owner",
      "b24988ac-6180-42a0-ab88-20f7382dd24c", "Contributor",
      "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", "User Access Administrator",
      "f58310d9-a9f6-439a-9e8d-f62e7b41a168", "Role Based Access Control Administrator");

  private final AzureClients clients;

  public RoleAssignmentCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "authorization";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Principal.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    AuthorizationManager auth = clients.manager(sub, AuthorizationManager.class, AuthorizationManager::authenticate);
    for (RoleAssignmentInner a : auth.roleServiceClient().getRoleAssignments().list()) {
      String role = PRIVILEGED.get(AzureRefs.nameOf(String.valueOf(a.roleDefinitionId())).toLowerCase(Locale.ROOT));
      boolean foreign = "foreigngroup".equalsIgnoreCase(String.valueOf(a.principalType()));
      if (role != null || foreign) {
        String name = (role == null ? "role " + AzureRefs.nameOf(a.roleDefinitionId()) : role) + " for "
            + a.principalType() + " " + a.principalId() + " at " + a.scope();
        out.accept(binding(sub, a.id(), name, foreign ? "foreign-tenant group " + a.principalId() : null));
      }
    }
    Reads.Fetched<List<ClassicAdministratorInner>> classic = Reads.fetch(out, produces(), () -> {
      List<ClassicAdministratorInner> found = Reads.orNullIfAbsent(
          () -> auth.roleServiceClient().getClassicAdministrators().list().stream().toList());
      return found == null ? List.<ClassicAdministratorInner>of() : found;
    });
    if (classic.ok()) {
      classic.value().forEach(admin -> out.accept(binding(sub, admin.id() != null ? admin.id() : "/subscriptions/" + sub
          + "/providers/Microsoft.Authorization/classicAdministrators/" + admin.name(),
          "classic administrator (" + admin.role() + ") " + admin.emailAddress(), null)));
    }
    List<JsonNode> delegations = Reads.unlessUnregistered(() -> clients.arm().list("/subscriptions/" + sub
        + "/providers/Microsoft.ManagedServices/registrationAssignments?api-version=2022-10-01"
        + "&$expandRegistrationDefinition=true"));
    for (JsonNode d : delegations) {
      JsonNode def = d.path("properties").path("registrationDefinition").path("properties");
      String tenant = def.path("managedByTenantId").asText("unknown tenant");
      String tenantName = def.path("managedByTenantName").asText("");
      out.accept(binding(sub, d.path("id").asText(), "Azure Lighthouse delegation "
          + def.path("registrationDefinitionName").asText(d.path("name").asText()) + " to tenant " + tenant,
          "tenant " + (tenantName.isEmpty() ? tenant : tenantName + " (" + tenant + ")") + " via Azure Lighthouse"));
    }
  }

  private static Principal binding(String sub, String id, String name, String external) {
    return new Principal(AzureRefs.ref(sub, "global", "microsoft.authorization/roleassignments", id),
        Principal.Kind.ROLE, name, Known.notOffered(), Known.notOffered(), Known.notOffered(), external, null);
  }
}
