package cloudscan.gcp.collect.iam;

import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose identity a service account is, read from its e-mail address; null when it belongs to the
 * scan (a scanned project, or the organization and folders above them), else the outside party.
 * <ul>
 *   <li>Service agents, {@code service-NUMBER@<service>.iam.gserviceaccount.com} (and
 *       {@code service-org-N}, {@code service-folder-N}): Google-managed, acting for the project,
 *       organization or folder numbered in them.</li>
 *   <li>Default service accounts, {@code NUMBER-compute@developer.gserviceaccount.com},
 *       {@code NUMBER@cloudservices.gserviceaccount.com}, {@code NUMBER@cloudbuild.gserviceaccount.com}
 *       and {@code PROJECT_ID@appspot.gserviceaccount.com}: the project named in them.</li>
 *   <li>User-managed accounts, {@code NAME@PROJECT_ID.iam.gserviceaccount.com}: that project.</li>
 * </ul>
 * Another project's account acting here is an outside party, whoever manages it.
 */
final class ServiceAccounts {

  private static final Pattern AGENT = Pattern.compile("service-(org-|folder-)?(\\d+)");
  private static final Pattern NUMBERED = Pattern.compile("(\\d+)(-compute)?");

  /**
   * @param scannedProjects IDs of the scanned projects
   * @param projectId       a project number (or ID) → its ID where known
   * @param hierarchy       the organization and folders above the target ({@code organizations/42}, {@code folders/7})
   */
  record Scope(Collection<String> scannedProjects, Function<String, String> projectId, Collection<String> hierarchy) {

    boolean project(String numberOrId) {
      return scannedProjects.contains(projectId.apply(numberOrId));
    }
  }

  private ServiceAccounts() { }

  static String outsideParty(String email, Scope scope) {
    String e = email.toLowerCase(Locale.ROOT);
    int at = e.lastIndexOf('@');
    String local = at < 0 ? e : e.substring(0, at);
    String domain = at < 0 ? "" : e.substring(at + 1);
    Matcher agent = AGENT.matcher(local);
    if (agent.matches() && domain.endsWith("gserviceaccount.com")) {
      return agent(agent.group(1), agent.group(2), scope);
    }
    Matcher numbered = NUMBERED.matcher(local);
    switch (domain) {
      case "developer.gserviceaccount.com", "cloudservices.gserviceaccount.com", "cloudbuild.gserviceaccount.com" -> {
        return numbered.matches() ? project(numbered.group(1), scope) : "project of " + email;
      }
      case "appspot.gserviceaccount.com" -> {
        return project(local, scope);
      }
      default -> {
        if (domain.endsWith(".iam.gserviceaccount.com")) {
          return project(domain.substring(0, domain.length() - ".iam.gserviceaccount.com".length()), scope);
        }
        return "project of " + email;
      }
    }
  }

  private static String agent(String kind, String number, Scope scope) {
    if (kind == null) {
      return scope.project(number) ? null : "Google service agent of project " + number;
    }
    String node = (kind.startsWith("org") ? "organizations/" : "folders/") + number;
    return scope.hierarchy().contains(node) ? null : "Google service agent of " + node;
  }

  private static String project(String numberOrId, Scope scope) {
    return scope.project(numberOrId) ? null : "project " + numberOrId;
  }
}
