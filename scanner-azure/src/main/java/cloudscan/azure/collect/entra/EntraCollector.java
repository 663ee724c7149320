package cloudscan.azure.collect.entra;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureErrors;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.PasswordPolicy;
import cloudscan.core.fact.PasswordPolicyDefaults;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Microsoft Entra tenant above the subscriptions, through Microsoft Graph (a guarded azure-core
 * pipeline, not the Graph SDK):
 * <ul>
 *   <li>{@link PasswordPolicy}: Entra's fixed rule for cloud accounts (8+ characters, 3 of 4
 *       classes), recorded without a call;</li>
 *   <li>{@link SecurityService} MFA_ENFORCEMENT: security defaults, or a Conditional Access policy
 *       that requires MFA of everyone (Policy.Read.All);</li>
 *   <li>{@link Principal} per user: member or guest (guests are outside parties: their home domain),
 *       MFA registered or not (AuditLog.Read.All, userRegistrationDetails).</li>
 * </ul>
 * A Graph permission the identity lacks is a gap in principals only, naming the permission; the
 * subscriptions' checks are not touched.
 */
public final class EntraCollector implements Collector {

  private static final Set<Class<? extends Fact>> PRINCIPALS = Set.of(Principal.class);

  private final AzureClients clients;

  public EntraCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "entra";
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ORGANIZATION;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(PasswordPolicy.class, SecurityService.class, Principal.class);
  }

  @Override
  public Set<String> looksFor() {
    return Set.of(FactKinds.key(PasswordPolicy.class), FactKinds.key(Principal.class),
        FactKinds.key(SecurityService.class, SecurityService.Kind.MFA_ENFORCEMENT));
  }

  @Override
  public void collect(Target target, FactSink out) {
    String tenant = target.account();
    out.accept(PasswordPolicyDefaults.of(Cloud.AZURE, ref(tenant, "microsoft.graph/passwordpolicy", "/tenants/" + tenant
        + "/passwordpolicy")));
    out.accept(mfaEnforcement(tenant, out));
    try {
      for (JsonNode u : clients.graph().list("/v1.0/reports/authenticationMethods/userRegistrationDetails")) {
        out.accept(user(tenant, u));
      }
    } catch (RuntimeException e) {
      out.gap(e, PRINCIPALS);
    }
  }

  private SecurityService mfaEnforcement(String tenant, FactSink out) {
    ResourceRef ref = ref(tenant, "microsoft.graph/policies", "/tenants/" + tenant + "/policies/mfa");
    try {
      boolean defaults = clients.graph().get("/v1.0/policies/identitySecurityDefaultsEnforcementPolicy")
          .path("isEnabled").asBoolean(false);
      List<String> enforcing = new ArrayList<>();
      for (JsonNode p : clients.graph().list("/v1.0/identity/conditionalAccess/policies")) {
        if (ConditionalAccess.requiresMfaOfEveryone(p)) {
          enforcing.add(p.path("displayName").asText(p.path("id").asText()));
        }
      }
      String detail = defaults ? "Entra security defaults"
          : enforcing.isEmpty() ? "no security defaults and no Conditional Access policy requiring MFA of everyone"
          : "Conditional Access: " + String.join(", ", enforcing);
      return new SecurityService(ref, SecurityService.Kind.MFA_ENFORCEMENT, Known.of(defaults || !enforcing.isEmpty()),
          detail);
    } catch (RuntimeException e) {
      out.gap(e, PRINCIPALS);
      return new SecurityService(ref, SecurityService.Kind.MFA_ENFORCEMENT, Known.unread(),
          "MFA policies could not be read: " + AzureErrors.describe(e).message());
    }
  }

  private static Principal user(String tenant, JsonNode u) {
    boolean guest = "guest".equalsIgnoreCase(u.path("userType").asText());
    String upn = u.path("userPrincipalName").asText(u.path("id").asText());
    Known<Boolean> mfa = u.hasNonNull("isMfaRegistered") ? Known.of(u.get("isMfaRegistered").asBoolean()) : Known.unread();
    return new Principal(ref(tenant, "microsoft.graph/users", "/tenants/" + tenant + "/users/" + u.path("id").asText()),
        guest ? Principal.Kind.GUEST : Principal.Kind.USER, upn, Known.of(true), mfa, Known.notOffered(),
        guest ? homeOf(upn) : null, null);
  }

  /** A guest's home: {@code alice_contoso.com#EXT#@fabrikam.onmicrosoft.com} → {@code contoso.com}. */
  static String homeOf(String upn) {
    int ext = upn.toLowerCase(Locale.ROOT).indexOf("#ext#");
    String local = ext > 0 ? upn.substring(0, ext) : upn;
    int us = local.lastIndexOf('_');
    return us > 0 ? local.substring(us + 1) : "guest (home tenant not stated)";
  }

  private static ResourceRef ref(String tenant, String type, String id) {
    return ResourceRef.of(Cloud.AZURE, tenant, ResourceRef.GLOBAL, type, id.toLowerCase(Locale.ROOT));
  }
}
