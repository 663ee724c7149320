package cloudscan.core.fact;

import java.time.Instant;

/**
 * A TLS certificate: ACM, Key Vault certificate, Certificate Manager.
 *
 * @param keyAlgorithm       as the cloud names it: {@code RSA_2048}, {@code EC_prime256v1},
 *                           {@code RSA 3072}, {@code EC P-256}
 * @param signatureAlgorithm e.g. {@code SHA256WITHRSA}; null when unknown
 */
public record Certificate(ResourceRef resource, String domain, String keyAlgorithm,
    String signatureAlgorithm, Instant notAfter, boolean inUse) implements Fact { }
