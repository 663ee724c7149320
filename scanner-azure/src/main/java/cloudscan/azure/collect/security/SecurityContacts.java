package cloudscan.azure.collect.security;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.SecurityService;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Defender for Cloud security contacts → INCIDENT_NOTIFICATION: on when a contact is enabled, names
 * someone (emails, or subscription roles such as Owner) and receives alerts. Both shapes are read:
 * 2023-12-01-preview ({@code isEnabled}, {@code notificationsSources}) and 2020-01-01-preview
 * ({@code alertNotifications.state}).
 */
final class SecurityContacts {

  private SecurityContacts() { }

  static SecurityService notification(ResourceRef ref, List<JsonNode> contacts) {
    for (JsonNode c : contacts) {
      JsonNode p = c.path("properties");
      String emails = p.path("emails").asText("").trim();
      boolean roles = "on".equalsIgnoreCase(p.path("notificationsByRole").path("state").asText(""))
          && p.path("notificationsByRole").path("roles").size() > 0;
      boolean enabled = !p.has("isEnabled") || p.path("isEnabled").asBoolean(false);
      String severity = alertSeverity(p);
      if (enabled && severity != null && (!emails.isEmpty() || roles)) {
        String who = !emails.isEmpty() ? emails : "roles " + p.path("notificationsByRole").path("roles");
        return new SecurityService(ref, SecurityService.Kind.INCIDENT_NOTIFICATION, Known.of(true),
            "Defender for Cloud security contact " + who + " (alerts of severity " + severity + " and above)");
      }
    }
    return new SecurityService(ref, SecurityService.Kind.INCIDENT_NOTIFICATION, Known.of(false),
        contacts.isEmpty() ? "no Defender for Cloud security contact configured"
            : "security contacts configured but none receives alerts");
  }

  /** The minimal alert severity notified, or null when alerts are not sent. */
  private static String alertSeverity(JsonNode p) {
    for (JsonNode s : p.path("notificationsSources")) {
      if ("alert".equalsIgnoreCase(s.path("sourceType").asText())) {
        return s.path("minimalSeverity").asText("High");
      }
    }
    JsonNode legacy = p.path("alertNotifications");
    if ("on".equalsIgnoreCase(legacy.path("state").asText(""))) {
      return legacy.path("minimalSeverity").asText("High");
    }
    return null;
  }
}
