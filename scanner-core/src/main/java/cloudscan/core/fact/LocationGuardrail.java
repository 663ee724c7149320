package cloudscan.core.fact;

import java.util.List;

/**
 * A policy that denies creating resources outside given locations: AWS SCP on
 * aws:RequestedRegion, Azure Policy "allowed locations", GCP org policy gcp.resourceLocations.
 *
 * @param allowedLocations locations the guardrail allows (an SCP's not-denied regions)
 * @param enforced         false for audit-only or disabled assignments
 */
public record LocationGuardrail(ResourceRef resource, List<String> allowedLocations, boolean enforced)
    implements Fact {

  public LocationGuardrail {
    allowedLocations = List.copyOf(allowedLocations);
  }

  /** True if every allowed location is in Japan. */
  public boolean japanOnly() {
    return !allowedLocations.isEmpty() && outsideJapan().isEmpty();
  }

  /** Allowed locations that are not Japanese ({@code global} is tolerated: global services). */
  public List<String> outsideJapan() {
    return allowedLocations.stream()
        .filter(l -> JapanLocations.judge(resource.cloud(), l, null) != Residency.JAPAN
            && !l.trim().equalsIgnoreCase(ResourceRef.GLOBAL))
        .toList();
  }
}
