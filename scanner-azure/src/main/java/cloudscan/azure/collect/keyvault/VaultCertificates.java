package cloudscan.azure.collect.keyvault;

import cloudscan.core.fact.Certificate;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * A Key Vault certificate bundle ({@code GET /certificates/{name}}) → {@link Certificate}: the key as
 * the policy names it ({@code key_props}: {@code RSA 2048}, {@code RSA-HSM 3072}, {@code EC P-256}),
 * else from the certificate's public key; the signature algorithm and expiry from the public X.509
 * certificate ({@code cer}), parsed by the JDK. What neither gives is unread.
 */
final class VaultCertificates {

  private VaultCertificates() { }

  static Certificate certificate(ResourceRef ref, JsonNode bundle) {
    X509Certificate x509 = parse(bundle.path("cer").asText(null));
    String domain = bundle.path("policy").path("x509_props").path("subject").asText(
        x509 == null ? ref.id() : x509.getSubjectX500Principal().getName());
    Known<Instant> expiry = x509 != null ? Known.of(x509.getNotAfter().toInstant())
        : bundle.path("attributes").path("exp").isNumber()
            ? Known.of(Instant.ofEpochSecond(bundle.path("attributes").path("exp").asLong())) : Known.unread();
    return new Certificate(ref, domain, key(bundle.path("policy").path("key_props"), x509),
        x509 == null ? Known.unread() : Known.of(x509.getSigAlgName().toUpperCase(Locale.ROOT)), expiry, Known.notOffered());
  }

  static Known<String> key(JsonNode props, X509Certificate x509) {
    String kty = props.path("kty").asText("");
    if (!kty.isEmpty()) {
      String detail = kty.toUpperCase(Locale.ROOT).startsWith("EC") ? props.path("crv").asText("")
          : props.path("key_size").asText("");
      if (!detail.isEmpty()) {
        return Known.of(kty + " " + detail);
      }
    }
    if (x509 != null && x509.getPublicKey() instanceof RSAPublicKey rsa) {
      return Known.of("RSA " + rsa.getModulus().bitLength());
    }
    return Known.unread();
  }

  /** The DER certificate, base64 (standard or URL-safe); null when absent or unreadable. */
  static X509Certificate parse(String cer) {
    if (cer == null || cer.isBlank()) {
      return null;
    }
    try {
      byte[] der = cer.contains("-") || cer.contains("_") ? Base64.getUrlDecoder().decode(cer) : Base64.getDecoder().decode(cer);
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    } catch (IllegalArgumentException | CertificateException e) {
      return null;
    }
  }
}
