package cloudscan.core.fact;

/**
 * Data of {@code resource} is copied to another place: S3 replication, RDS read replica or backup
 * replication, DynamoDB global table replica, backup copy, Azure GRS pair, GCS dual-region.
 */
public record Replica(ResourceRef resource, String mechanism, String destinationAccount,
    String destinationLocation) implements Fact {

  public Residency destinationResidency() {
    return JapanLocations.judge(resource.cloud(), destinationLocation, null);
  }

  /** True if the copy lands in a different location than the source. */
  public boolean crossesLocation() {
    return !resource.location().equalsIgnoreCase(destinationLocation);
  }
}
