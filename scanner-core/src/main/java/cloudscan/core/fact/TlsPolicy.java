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

  /** The oldest protocol offered, from the list when present, else the declared minimum. */
  public TlsVersion lowestProtocol() {
    return protocols.stream().filter(v -> v != TlsVersion.UNKNOWN).min(Enum::compareTo).orElse(minVersion);
  }
}
