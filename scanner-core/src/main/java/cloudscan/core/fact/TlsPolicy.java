package cloudscan.core.fact;

import java.util.List;

/**
 * The TLS settings an endpoint offers: ELB listener SSL policy, CloudFront viewer policy, Azure
 * storage/app minimum TLS, GCP SSL policy.
 *
 * @param minVersion   lowest protocol accepted ({@link TlsVersion#UNKNOWN} if not readable)
 * @param protocols    every protocol the policy enables (may be empty if only the minimum is known)
 * @param cipherSuites suites as the provider names them (OpenSSL or IANA names); empty if unknown
 */
public record TlsPolicy(ResourceRef resource, String endpoint, String policyName,
    TlsVersion minVersion, List<TlsVersion> protocols, List<String> cipherSuites) implements Fact {

  public TlsPolicy {
    protocols = protocols == null ? List.of() : List.copyOf(protocols);
    cipherSuites = cipherSuites == null ? List.of() : List.copyOf(cipherSuites);
    minVersion = minVersion == null ? TlsVersion.UNKNOWN : minVersion;
  }

  /**
   * The oldest protocol accepted: the minimum of the declared minimum and the protocol list;
   * {@link TlsVersion#UNKNOWN} if either holds an unreadable entry (never a guess that passes).
   */
  public TlsVersion lowestProtocol() {
    if (protocols.contains(TlsVersion.UNKNOWN)
        || (protocols.isEmpty() && minVersion == TlsVersion.UNKNOWN)) {
      return TlsVersion.UNKNOWN;
    }
    TlsVersion lowest = protocols.stream().min(Enum::compareTo).orElse(minVersion);
    return minVersion != TlsVersion.UNKNOWN && minVersion.compareTo(lowest) < 0 ? minVersion : lowest;
  }
}
