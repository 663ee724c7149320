package cloudscan.core.fact;

/**
 * Where one resource physically is. Every collected resource that can hold data has one.
 *
 * @param zone availability zone or Local Zone name when known (AWS Local Zones abroad count as
 *             abroad even though their parent region is in Japan), else null
 */
public record Located(ResourceRef resource, String zone) implements Fact {

  public Residency residency() {
    return JapanLocations.judge(resource.cloud(), resource.location(), zone);
  }
}
