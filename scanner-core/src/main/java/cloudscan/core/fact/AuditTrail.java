package cloudscan.core.fact;

import java.util.Objects;

/**
 * An audit trail of control-plane activity: a CloudTrail trail, an Azure activity-log diagnostic
 * setting (or the always-on activity log itself), GCP Admin Activity audit logs.
 *
 * @param allLocations        covers every region of the account (multi-region trail)
 * @param logging             currently delivering
 * @param integrityValidation log file integrity validation; {@link Known#notOffered()} where the
 *                            cloud has none (Azure, GCP): then the destination's immutability is
 *                            judged instead
 * @param managementEvents    records management (write) events
 * @param destination         the resource ID of the log store the trail writes to; it must match
 *                            a {@link LogStore}'s ID for the trail's retention to be judged
 */
public record AuditTrail(ResourceRef resource, boolean allLocations, Known<Boolean> logging,
    Known<Boolean> integrityValidation, Known<Boolean> managementEvents, Known<String> destination)
    implements Fact {

  public AuditTrail {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(logging, "logging");
    Objects.requireNonNull(integrityValidation, "integrityValidation");
    Objects.requireNonNull(managementEvents, "managementEvents");
    Objects.requireNonNull(destination, "destination");
  }

  /** True if this trail alone records management events of every region and is delivering now. */
  public boolean recordsAccountWide() {
    return allLocations && managementEvents.is(true) && logging.is(true);
  }
}
