package cloudscan.core.fact;

import java.util.Objects;

/**
 * Somewhere logs are kept and for how long: CloudTrail bucket (lifecycle), CloudWatch log group,
 * Log Analytics workspace, storage container, GCP log bucket.
 *
 * @param holdsAuditLogs true if an {@link AuditTrail} or flow log delivers here
 * @param immutable      the store cannot be altered (Object Lock, locked bucket, immutable
 *                       container policy)
 */
public record LogStore(ResourceRef resource, boolean holdsAuditLogs, Retention retention,
    Known<Boolean> immutable) implements Fact {

  public LogStore {
    Objects.requireNonNull(resource, "resource");
    retention = retention == null ? Retention.unknown() : retention;
    Objects.requireNonNull(immutable, "immutable");
  }
}
