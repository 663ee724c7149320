package cloudscan.gcp.collect;

import com.google.cloud.resourcemanager.v3.Folder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ancestors of projects (folders, organization), each folder read once. A folder that cannot be
 * read ends the walk: the ancestors above it stay unknown (reported by the caller).
 */
final class Hierarchy {

  private final Gapic gapic;
  private final Map<String, String> parentOf = new ConcurrentHashMap<>();
  private final List<String> unreadable = new ArrayList<>();

  Hierarchy(Gapic gapic) {
    this.gapic = gapic;
  }

  void known(String child, String parent) {
    if (parent != null && !parent.isEmpty()) {
      parentOf.put(child, parent);
    }
  }

  /** {@code folders/2, organizations/1} for a parent {@code folders/2}, nearest first. */
  List<String> ancestors(String parent) {
    List<String> out = new ArrayList<>();
    String p = parent;
    while (p != null && !p.isEmpty() && !out.contains(p)) {
      out.add(p);
      if (!p.startsWith("folders/")) {
        break;
      }
      p = parentOfFolder(p);
    }
    return out;
  }

  List<String> unreadable() {
    synchronized (unreadable) {
      return List.copyOf(unreadable);
    }
  }

  private String parentOfFolder(String folder) {
    String known = parentOf.get(folder);
    if (known != null) {
      return known;
    }
    try {
      Folder f = GcpCall.get("resourcemanager.folders.get", () -> gapic.folders().getFolder(folder));
      known(folder, f.getParent());
      return f.getParent();
    } catch (GcpCall.GcpCallException e) {
      synchronized (unreadable) {
        unreadable.add(folder + " (" + GcpErrors.describe(e).message() + ")");
      }
      return null;
    }
  }
}
