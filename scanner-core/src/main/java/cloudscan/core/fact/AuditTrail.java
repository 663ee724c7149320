package cloudscan.core.fact;

/**
 * An audit trail of control-plane activity: CloudTrail trail, Azure activity-log diagnostic
 * setting, GCP audit-log configuration.
 *
 * @param allLocations        covers every region of the account (multi-region trail)
 * @param logging             currently delivering (null when status unknown)
 * @param integrityValidation log file integrity validation (null where the cloud has none)
 * @param managementEvents    records management (write) events
 * @param destination         where logs go (bucket, workspace, log bucket) as a resource ID
 */
public record AuditTrail(ResourceRef resource, boolean allLocations, Boolean logging,
    Boolean integrityValidation, boolean managementEvents, String destination) implements Fact {

  /** True if this trail alone records management events of every region and is delivering now. */
  public boolean recordsAccountWide() {
    return allLocations && managementEvents && Boolean.TRUE.equals(logging);
  }
}
