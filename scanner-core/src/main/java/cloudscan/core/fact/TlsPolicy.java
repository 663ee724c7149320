package cloudscan.core.fact;

import java.util.List;
import java.util.Objects;

/**
 * The TLS settings an endpoint offers: ELB listener SSL policy, CloudFront viewer policy, Azure
 * storage/app minimum TLS, GCP SSL policy.
 *
 * @param minVersion   lowest protocol accepted as declared ({@link TlsVersion#UNKNOWN} if not
 *                     readable)
 * @param protocols    every protocol the policy enables; {@link Known#notOffered()} where the
 *                     setting is only a minimum (Azure storage, App Service)
 * @param cipherSuites suites as the provider names them (OpenSSL or IANA names);
 *                     {@link Known#notOffered()} where the provider manages them and offers no
 *                     choice (Azure minimum-TLS-only settings)
 */
public record TlsPolicy(ResourceRef resource, String endpoint, String policyName,
    TlsVersion minVersion, Known<List<TlsVersion>> protocols, Known<List<String>> cipherSuites)
    implements Fact {

  public TlsPolicy {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(protocols, "protocols");
    Objects.requireNonNull(cipherSuites, "cipherSuites");
    minVersion = minVersion == null ? TlsVersion.UNKNOWN : minVersion;
  }

  /**
   * The oldest protocol accepted: the minimum of the declared minimum and the protocol list;
   * {@link TlsVersion#UNKNOWN} if either is unreadable (never a guess that passes).
   */
  public TlsVersion lowestProtocol() {
    if (protocols.isUnread()) {
      return TlsVersion.UNKNOWN;
    }
    List<TlsVersion> list = protocols.orElse(List.of());
    if (list.contains(TlsVersion.UNKNOWN) || (list.isEmpty() && minVersion == TlsVersion.UNKNOWN)) {
      return TlsVersion.UNKNOWN;
    }
    TlsVersion lowest = list.stream().min(Enum::compareTo).orElse(minVersion);
    return minVersion != TlsVersion.UNKNOWN && minVersion.compareTo(lowest) < 0 ? minVersion : lowest;
  }
}
