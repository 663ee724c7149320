package cloudscan.gcp.collect.backupdr;

import cloudscan.gcp.collect.GcpContext;

/**
 * Resource names as Backup and DR writes them ({@code projects/P/locations/L/...}, a workload as a
 * resource name, {@code //service/...} or a URL), in the form the facts use: from
 * {@code projects/} on, with the project's ID where the API gave its number, so that a plan's
 * vault joins the vault and a project is never two accounts.
 */
final class Names {

  private Names() { }

  /** {@code name} from {@code projects/} on, its project as an ID; the input when it names no project. */
  static String normalize(GcpContext ctx, String name) {
    int at = name.indexOf("projects/");
    if (at < 0) {
      return name;
    }
    String rest = name.substring(at + "projects/".length());
    int slash = rest.indexOf('/');
    String project = slash < 0 ? rest : rest.substring(0, slash);
    return "projects/" + ctx.projectId(project) + (slash < 0 ? "" : rest.substring(slash));
  }

  /** The project of a normalized name, null when it names none. */
  static String project(String name) {
    String[] p = name.split("/");
    return p.length > 1 && p[0].equals("projects") ? p[1] : null;
  }

  /** The location of {@code projects/P/locations/L/...}; {@code global} when it names none. */
  static String location(String name) {
    String[] p = name.split("/");
    return p.length > 3 && p[2].equals("locations") ? p[3] : "global";
  }
}
