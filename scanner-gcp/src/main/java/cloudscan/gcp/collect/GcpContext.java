package cloudscan.gcp.collect;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.Target;
import com.google.cloud.resourcemanager.v3.Organization;
import java.util.Locale;
import java.util.Map;

/**
 * What every collector shares: the clients, and the project number → ID map (Cloud Asset and
 * some APIs name projects by number; facts always use the ID, or one project would be two).
 */
public final class GcpContext {

  private final GcpClients clients;
  private final Gapic gapic;
  private final ComputeClients compute;
  private final Map<String, String> projectIds;

  public GcpContext(GcpClients clients, Map<String, String> projectIds) {
    this.clients = clients;
    this.gapic = new Gapic(clients);
    this.compute = new ComputeClients(clients);
    this.projectIds = Map.copyOf(projectIds);
  }

  public GcpClients clients() {
    return clients;
  }

  public Gapic gapic() {
    return gapic;
  }

  public ComputeClients compute() {
    return compute;
  }

  public GcpSettings settings() {
    return clients.settings();
  }

  /** IDs of the projects this scan covers. */
  public java.util.Collection<String> scannedProjects() {
    return projectIds.values();
  }

  /**
   * The primary domain of an organization (its display name), read once; empty when it cannot be
   * read (then the allowed domains come from the option alone).
   */
  public java.util.Optional<String> organizationDomain(String organization) {
    return organization(organization).map(Organization::getDisplayName).filter(d -> !d.isBlank());
  }

  /**
   * The Cloud Identity customer ID that owns an organization ({@code directoryCustomerId}), read
   * once; empty when it cannot be read.
   */
  public java.util.Optional<String> organizationCustomer(String organization) {
    return organization(organization).map(Organization::getDirectoryCustomerId).filter(d -> !d.isBlank());
  }

  /** The organization itself ({@code organizations/42}), read once per scan; empty when it cannot be read. */
  private java.util.Optional<Organization> organization(String organization) {
    return clients.shared("organization:" + organization, () -> {
      try {
        return java.util.Optional.of(GcpCall.get("resourcemanager.organizations.get",
            () -> gapic.organizations().getOrganization(organization)));
      } catch (GcpCall.GcpCallException e) {
        return java.util.Optional.<Organization>empty();
      }
    });
  }

  /** The organization above a target ({@code organizations/42}), if the target has one. */
  public static java.util.Optional<String> organizationOf(Target target) {
    java.util.List<String> scopes = new java.util.ArrayList<>(target.parents());
    scopes.add(target.account());
    return scopes.stream().filter(s -> s.startsWith("organizations/")).findFirst();
  }

  /** The project ID for {@code projects/123}, {@code 123} or an ID; the input when unknown. */
  public String projectId(String project) {
    String p = project.startsWith("projects/") ? project.substring("projects/".length()) : project;
    return projectIds.getOrDefault(p, p);
  }

  /** A resource in the target's project (or organization scope) at {@code location}. */
  public static ResourceRef ref(Target target, String location, String type, String id) {
    String loc = location == null || location.isBlank() ? ResourceRef.GLOBAL : location.toLowerCase(Locale.ROOT);
    return ResourceRef.of(Cloud.GCP, target.account(), loc, type, id);
  }

  /** The resource name of a target: {@code projects/ID}, or the organization/folder name itself. */
  public static String parent(Target target) {
    String a = target.account();
    return a.startsWith("organizations/") || a.startsWith("folders/") ? a : "projects/" + a;
  }

  /** The last segment of a URL or resource name ({@code .../zones/asia-northeast1-a} → the zone). */
  public static String last(String nameOrUrl) {
    if (nameOrUrl == null || nameOrUrl.isEmpty()) {
      return "";
    }
    return nameOrUrl.substring(nameOrUrl.lastIndexOf('/') + 1);
  }
}
