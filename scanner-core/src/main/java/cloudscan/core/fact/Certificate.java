package cloudscan.core.fact;

import java.time.Instant;
import java.util.Objects;

/**
 * A TLS certificate: ACM, Key Vault certificate, Certificate Manager.
 *
 * @param keyAlgorithm       as the cloud names it: {@code RSA_2048}, {@code RSA-2048},
 *                           {@code EC_prime256v1}, {@code RSA 3072}, {@code EC P-256}
 * @param signatureAlgorithm e.g. {@code SHA256WITHRSA}
 */
public record Certificate(ResourceRef resource, String domain, Known<String> keyAlgorithm,
    Known<String> signatureAlgorithm, Known<Instant> notAfter, Known<Boolean> inUse) implements Fact {

  public Certificate {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
    Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
    Objects.requireNonNull(notAfter, "notAfter");
    Objects.requireNonNull(inUse, "inUse");
  }
}
