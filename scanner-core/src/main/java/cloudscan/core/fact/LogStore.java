package cloudscan.core.fact;

/**
 * Somewhere logs are kept and for how long: CloudTrail bucket (lifecycle), CloudWatch log group,
 * Log Analytics workspace, GCP log bucket.
 *
 * @param holdsAuditLogs true if an {@link AuditTrail} or flow log delivers here
 * @param immutable      true if the store cannot be altered (Object Lock, locked bucket)
 */
public record LogStore(ResourceRef resource, boolean holdsAuditLogs, Retention retention,
    boolean immutable) implements Fact { }
