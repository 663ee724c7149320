package cloudscan.gcp.collect;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SkipCause;
import cloudscan.core.provider.ProviderException;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.provider.Target;
import com.google.cloud.resourcemanager.v3.Folder;
import com.google.cloud.resourcemanager.v3.ListFoldersRequest;
import com.google.cloud.resourcemanager.v3.ListProjectsRequest;
import com.google.cloud.resourcemanager.v3.Project;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the projects to scan: the ones named with {@code --project}, every project under
 * {@code --folder} / {@code --organization} (through Resource Manager, folders walked), or every
 * project the credential can see. ACTIVE projects become ACCOUNT targets with their folders and
 * organization as parents; those folders and organizations become ORGANIZATION targets;
 * DELETE_REQUESTED projects are skipped and listed.
 */
public final class ProjectDiscovery {

  /** What was found: targets, skipped projects, and project number → ID (Asset names numbers). */
  public record Found(List<Target> targets, List<SkippedLocation> skipped, Map<String, String> projectIds) { }

  private final Gapic gapic;
  private final Hierarchy hierarchy;
  private final Map<String, Project> projects = new LinkedHashMap<>();
  private final Set<String> unreadableProjects = new LinkedHashSet<>();
  private final Set<String> scopes = new LinkedHashSet<>();
  private final List<SkippedLocation> skipped = new ArrayList<>();

  public ProjectDiscovery(Gapic gapic) {
    this.gapic = gapic;
    this.hierarchy = new Hierarchy(gapic);
  }

  public Found discover(GcpSettings s) throws ProviderException {
    s.organization().ifPresent(scopes::add);
    s.folder().ifPresent(scopes::add);
    if (!s.projects().isEmpty()) {
      for (String id : s.projects()) {
        named(id);
      }
    } else if (!scopes.isEmpty()) {
      for (String root : List.copyOf(scopes)) {
        walk(root);
      }
    } else {
      search();
    }
    if (projects.isEmpty() && unreadableProjects.isEmpty() && scopes.isEmpty()) {
      throw new ProviderException("The credential can see no project. Grant it roles/viewer on the projects, "
          + "folder or organization to scan, or name them with --project, --folder or --organization.");
    }
    return new Found(targets(), List.copyOf(skipped), numbers());
  }

  private void named(String id) throws ProviderException {
    try {
      add(GcpCall.get("resourcemanager.projects.get", () -> gapic.projects().getProject("projects/" + id)));
    } catch (GcpCall.GcpCallException e) {
      stopIfFatal(e);
      // a project that cannot be read is scanned anyway: each collector records what it cannot read
      unreadableProjects.add(id);
    }
  }

  /** Rejected credentials or an endpoint nobody answers at concern every read: the scan stops (exit 2). */
  private static void stopIfFatal(GcpCall.GcpCallException e) throws ProviderException {
    if (GcpErrors.fatal(e)) {
      throw new ProviderException("Cannot read Resource Manager (" + GcpErrors.describe(e).message() + ")", e);
    }
  }

  private void search() throws ProviderException {
    try {
      GcpCall.list("resourcemanager.projects.get", () -> gapic.projects().searchProjects("").iterateAll())
          .forEach(this::add);
    } catch (GcpCall.GcpCallException e) {
      throw new ProviderException("Cannot list projects (" + GcpErrors.describe(e).message()
          + "). Check the credentials (gcloud auth application-default login) or name projects with --project.", e);
    }
  }

  /**
   * Every project and folder below {@code root}, breadth first. A folder whose projects cannot be
   * listed is searched instead ({@code projects.search parent:…} needs only each project's get); a
   * folder whose projects or sub-folders cannot be found is skipped as unreachable, which leaves
   * every check UNKNOWN there. When nothing at all can be listed under the root, the scan stops.
   */
  private void walk(String root) throws ProviderException {
    Deque<String> queue = new ArrayDeque<>(List.of(root));
    while (!queue.isEmpty()) {
      String parent = queue.poll();
      GcpCall.GcpCallException projectsFailed = listProjects(parent);
      GcpCall.GcpCallException foldersFailed = null;
      try {
        for (Folder f : GcpCall.list("resourcemanager.folders.list", () -> gapic.folders().listFolders(
            ListFoldersRequest.newBuilder().setParent(parent).build()).iterateAll())) {
          if (f.getState() == Folder.State.ACTIVE) {
            hierarchy.known(f.getName(), f.getParent());
            scopes.add(f.getName());
            queue.add(f.getName());
          }
        }
      } catch (GcpCall.GcpCallException e) {
        stopIfFatal(e);
        foldersFailed = e;
      }
      GcpCall.GcpCallException failed = projectsFailed != null ? projectsFailed : foldersFailed;
      if (failed == null) {
        continue;
      }
      if (parent.equals(root) && projectsFailed != null && foldersFailed != null) {
        throw new ProviderException("Cannot list the projects or folders of " + root + " (" + GcpErrors.describe(failed).message()
            + "). Grant resourcemanager.projects.list and resourcemanager.folders.list there (roles/browser), or name "
            + "projects with --project.", failed);
      }
      skipped.add(new SkippedLocation(parent, ResourceRef.GLOBAL, SkipCause.UNREACHABLE,
          "cannot list the " + (projectsFailed != null ? "projects" : "sub-folders") + " of " + parent + ": "
              + GcpErrors.describe(failed).message()));
    }
  }

  /** The projects directly under {@code parent}, listed or else searched; the error when neither works. */
  private GcpCall.GcpCallException listProjects(String parent) throws ProviderException {
    try {
      GcpCall.list("resourcemanager.projects.list", () -> gapic.projects().listProjects(
          ListProjectsRequest.newBuilder().setParent(parent).setShowDeleted(true).build()).iterateAll())
          .forEach(this::add);
      return null;
    } catch (GcpCall.GcpCallException listing) {
      stopIfFatal(listing);
      try {
        GcpCall.list("resourcemanager.projects.get", () -> gapic.projects().searchProjects("parent:" + parent).iterateAll())
            .forEach(this::add);
        return null;
      } catch (GcpCall.GcpCallException searching) {
        stopIfFatal(searching);
        return listing;
      }
    }
  }

  private void add(Project p) {
    if (p.getState() == Project.State.DELETE_REQUESTED) {
      skipped.add(new SkippedLocation(p.getProjectId(), ResourceRef.GLOBAL, SkipCause.NOT_ENABLED,
          "project " + p.getProjectId() + " is DELETE_REQUESTED (shut down, pending deletion): not scanned"));
    } else if (p.getState() == Project.State.ACTIVE) {
      projects.put(p.getProjectId(), p);
    } else {
      // STATE_UNSPECIFIED or a state this client does not know: scan it rather than assume it is gone
      projects.put(p.getProjectId(), p);
    }
  }

  private List<Target> targets() {
    List<Target> out = new ArrayList<>();
    Map<String, List<String>> parents = new LinkedHashMap<>();
    for (Project p : projects.values()) {
      List<String> ancestors = hierarchy.ancestors(p.getParent());
      ancestors.forEach(scopes::add);
      parents.put(p.getProjectId(), ancestors);
    }
    unreadableProjects.forEach(id -> parents.put(id, List.of()));
    for (String scope : scopes) {
      List<String> above = scope.startsWith("folders/") ? hierarchy.ancestors(scope).stream()
          .filter(a -> !a.equals(scope)).toList() : List.of();
      out.add(new Target(new Scope(Cloud.GCP, scope, ResourceRef.GLOBAL), Scope.Level.ORGANIZATION, above));
    }
    parents.forEach((id, anc) -> out.add(new Target(new Scope(Cloud.GCP, id, ResourceRef.GLOBAL),
        Scope.Level.ACCOUNT, anc)));
    for (String f : hierarchy.unreadable()) {
      String folder = f.substring(0, f.indexOf(' '));
      if (skipped.stream().noneMatch(s -> s.account().equals(folder))) {
        skipped.add(new SkippedLocation(folder, ResourceRef.GLOBAL, SkipCause.UNREACHABLE,
            "cannot read folder " + f + ": the scopes above it are not scanned"));
      }
    }
    return out;
  }

  private Map<String, String> numbers() {
    Map<String, String> out = new LinkedHashMap<>();
    projects.values().forEach(p -> out.put(p.getName().replace("projects/", ""), p.getProjectId()));
    return out;
  }
}
