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
 *   <li>Service agents, {@code service-NUMBER@<agent domain>} (and {@code service-org-N},
 *       {@code service-folder-N}) in a domain only Google's agents use ({@link #agentDomain}):
 *       Google-managed, acting for the project, organization or folder numbered in them.</li>
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
    if (agent.matches() && agentDomain(domain)) {
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

  /**
   * A domain only Google's service agents live in: {@code gcp-sa-*.iam.gserviceaccount.com} and the
   * older agent projects. Any other {@code X.iam.gserviceaccount.com} is customer project X, where
   * anyone may name an account {@code service-123}: such a look-alike is that project's account.
   */
  static boolean agentDomain(String domain) {
    if (domain.startsWith("gcp-sa-") && domain.endsWith(".iam.gserviceaccount.com")) {
      return true;
    }
    return LEGACY_AGENT_DOMAINS.contains(domain);
  }

  private static final java.util.Set<String> LEGACY_AGENT_DOMAINS = java.util.Set.of(
      "compute-system.iam.gserviceaccount.com", "container-engine-robot.iam.gserviceaccount.com",
      "gs-project-accounts.iam.gserviceaccount.com", "serverless-robot-prod.iam.gserviceaccount.com",
      "gcf-admin-robot.iam.gserviceaccount.com", "dataflow-service-producer-prod.iam.gserviceaccount.com",
      "dataproc-accounts.iam.gserviceaccount.com", "cloudcomposer-accounts.iam.gserviceaccount.com",
      "cloud-ml.google.com.iam.gserviceaccount.com", "cloud-redis.iam.gserviceaccount.com",
      "cloud-filer.iam.gserviceaccount.com", "cloud-tpu.iam.gserviceaccount.com",
      "containerregistry.iam.gserviceaccount.com", "firebase-rules.iam.gserviceaccount.com",
      "sourcerepo-service-accounts.iam.gserviceaccount.com", "genomics-api.google.com.iam.gserviceaccount.com",
      "cloudservices.gserviceaccount.com");

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
