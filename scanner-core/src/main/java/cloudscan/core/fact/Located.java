package cloudscan.core.fact;

/**
 * Where one resource physically is. Every collected resource that can hold data has one.
 *
 * @param zone      availability zone or Local Zone name; {@link Known#notOffered()} for resources
 *                  that are not zonal (a bucket, a key). An unread zone of a zonal resource in a
 *                  region whose zones may stand abroad (AWS Local Zones under Tokyo) leaves its
 *                  residency unknown
 * @param inventory true if the location came from an inventory service (Azure Resource Graph, GCP
 *                  Cloud Asset, AWS Resource Explorer) rather than the resource's own service:
 *                  when both locate one resource the service's own reading wins
 */
public record Located(ResourceRef resource, Known<String> zone, boolean inventory) implements Fact {

  public Located {
    java.util.Objects.requireNonNull(resource, "resource");
    java.util.Objects.requireNonNull(zone, "zone");
  }

  /** A resource located by its own service, without zones. */
  public static Located regional(ResourceRef resource) {
    return new Located(resource, Known.notOffered(), false);
  }

  /** A zonal resource located by its own service. */
  public static Located zonal(ResourceRef resource, String zone) {
    return new Located(resource, Known.ofNullable(zone), false);
  }

  public Residency residency() {
    if (zone.isKnown()) {
      return JapanLocations.judge(resource.cloud(), resource.location(), zone.value());
    }
    Residency region = JapanLocations.judge(resource.cloud(), resource.location(), null);
    // A zonal resource whose zone was not read may stand in a Local Zone abroad (Taipei under Tokyo).
    return zone.isUnread() && region == Residency.JAPAN && resource.cloud() == Cloud.AWS
        ? Residency.UNKNOWN : region;
  }

  /** The zone when known, else null (for messages). */
  public String zoneName() {
    return zone.orElse(null);
  }
}
