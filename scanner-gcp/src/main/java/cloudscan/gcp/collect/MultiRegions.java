package cloudscan.gcp.collect;

/**
 * Where Google puts copies "in the nearest multi-region" by default (Compute Engine snapshots,
 * Cloud SQL automated backups without a custom location): {@code asia} for Japanese regions, a
 * multi-region that reaches outside Japan.
 */
public final class MultiRegions {

  private MultiRegions() { }

  /** The Cloud Storage multi-region nearest a region ({@code asia-northeast1} → {@code asia}); null when not known. */
  public static String nearest(String region) {
    if (region == null) {
      return null;
    }
    if (region.startsWith("asia-") || region.startsWith("australia-")) {
      return "asia";
    }
    if (region.startsWith("europe-")) {
      return "eu";
    }
    return region.startsWith("us-") || region.startsWith("northamerica-") || region.startsWith("southamerica-") ? "us" : null;
  }
}
