package cloudscan.gcp.collect;

/**
 * The least-privilege custom role, generated from {@link ReadList}: exactly the permissions the
 * guard lets cloudscan use, in the YAML that {@code gcloud iam roles create --file} reads.
 */
public final class LeastPrivilegeRole {

  private LeastPrivilegeRole() { }

  public static String yaml() {
    StringBuilder b = new StringBuilder()
        .append("# cloudscan least-privilege custom role, generated from the read list the read-only guard enforces.\n")
        .append("# gcloud iam roles create cloudscanReader --organization=ORG_ID --file=cloudscan-role.yaml\n")
        .append("# (or --project=PROJECT_ID); grant it where you scan. Every permission is a read.\n")
        .append("title: cloudscan reader\n")
        .append("description: Read-only access for cloudscan (Fujisawa City security requirements scan)\n")
        .append("stage: GA\n")
        .append("includedPermissions:\n");
    ReadList.permissions().forEach(p -> b.append("- ").append(p).append('\n'));
    return b.toString();
  }
}
