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
 *                     setting is only a minimum (Azure storage, App Service). An endpoint that also
 *                     accepts unencrypted connections (plain HTTP or FTP next to TLS) lists
 *                     {@link TlsVersion#PLAINTEXT}, e.g. {@code [PLAINTEXT, TLS1_2]} for a minimum of
 *                     TLS 1.2 that does not require secure transfer
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

  /** True if the endpoint also accepts unencrypted connections ({@link TlsVersion#PLAINTEXT} listed or declared). */
  public boolean acceptsPlaintext() {
    return minVersion == TlsVersion.PLAINTEXT || protocols.orElse(List.of()).contains(TlsVersion.PLAINTEXT);
  }

  /**
   * The oldest TLS/SSL protocol accepted (plaintext aside: see {@link #acceptsPlaintext()}): the
   * minimum of the declared minimum and the protocol list; {@link TlsVersion#UNKNOWN} if either is
   * unreadable, or if the endpoint offers no encrypted protocol at all (never a guess that passes).
   */
  public TlsVersion lowestProtocol() {
    if (protocols.isUnread()) {
      return TlsVersion.UNKNOWN;
    }
    TlsVersion min = minVersion == TlsVersion.PLAINTEXT ? TlsVersion.UNKNOWN : minVersion;
    List<TlsVersion> list = protocols.orElse(List.<TlsVersion>of()).stream()
        .filter(v -> v != TlsVersion.PLAINTEXT).toList();
    if (list.contains(TlsVersion.UNKNOWN) || (list.isEmpty() && min == TlsVersion.UNKNOWN)) {
      return TlsVersion.UNKNOWN;
    }
    TlsVersion lowest = list.stream().min(Enum::compareTo).orElse(min);
    return min != TlsVersion.UNKNOWN && min.compareTo(lowest) < 0 ? min : lowest;
  }
}
