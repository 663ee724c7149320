package cloudscan.aws.collect.s3;

import cloudscan.aws.collect.Reads;
import cloudscan.core.fact.Retention;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.LifecycleRule;

/** How long a bucket keeps objects: the shortest enabled expiration rule, else unlimited. */
final class LifecycleRetention {

  private LifecycleRetention() { }

  static Retention of(S3Client s3, String bucket) {
    var rules = Reads.orNull(() -> s3.getBucketLifecycleConfiguration(r -> r.bucket(bucket)).rules(),
        "NoSuchLifecycleConfiguration");
    if (rules == null) {
      return Retention.unlimited();
    }
    boolean dated = rules.stream().anyMatch(r -> "Enabled".equals(r.statusAsString())
        && r.expiration() != null && r.expiration().date() != null);
    if (dated) {
      return Retention.unknown(); // everything goes on that date: no length to compare
    }
    return rules.stream()
        .filter(r -> "Enabled".equals(r.statusAsString()))
        .map(LifecycleRetention::expirationDays)
        .filter(d -> d != null)
        .min(Integer::compare)
        .map(Retention::days)
        .orElse(Retention.unlimited());
  }

  /** Days after which current objects expire (date-based rules are handled by the caller). */
  private static Integer expirationDays(LifecycleRule rule) {
    if (rule.expiration() == null) {
      return null;
    }
    return rule.expiration().days();
  }
}
