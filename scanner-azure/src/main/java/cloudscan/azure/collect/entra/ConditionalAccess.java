package cloudscan.azure.collect.entra;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Whether one Conditional Access policy requires MFA of everyone: enabled (not report-only), for all
 * users with no excluded user, group or role, for all applications, and granting access only with
 * MFA (the {@code mfa} control or an authentication strength; with OR, another control alone would
 * do, so it does not count).
 */
final class ConditionalAccess {

  private ConditionalAccess() { }

  static boolean requiresMfaOfEveryone(JsonNode policy) {
    JsonNode users = policy.path("conditions").path("users");
    JsonNode apps = policy.path("conditions").path("applications");
    JsonNode grant = policy.path("grantControls");
    boolean mfa = contains(grant.path("builtInControls"), "mfa") || grant.hasNonNull("authenticationStrength")
        && !grant.path("authenticationStrength").isEmpty();
    boolean onlyMfa = grant.path("builtInControls").size() <= 1 || "and".equalsIgnoreCase(grant.path("operator").asText(""));
    return "enabled".equalsIgnoreCase(policy.path("state").asText())
        && contains(users.path("includeUsers"), "all")
        && users.path("excludeUsers").isEmpty() && users.path("excludeGroups").isEmpty()
        && users.path("excludeRoles").isEmpty()
        && contains(apps.path("includeApplications"), "all")
        && mfa && onlyMfa;
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode n : array) {
      if (n.asText().toLowerCase(Locale.ROOT).equals(value)) {
        return true;
      }
    }
    return false;
  }
}
