package cloudscan.gcp.collect;

import cloudscan.core.fact.Known;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Locale;

/** The first certificate of a PEM chain, as the certificate check names things. */
public final class Pem {

  /** Key algorithm ({@code RSA 2048}, {@code EC P-256}), signature algorithm, expiry; unread when absent. */
  public record Parsed(Known<String> keyAlgorithm, Known<String> signatureAlgorithm, Known<Instant> notAfter) {
    static final Parsed UNREAD = new Parsed(Known.unread(), Known.unread(), Known.unread());
  }

  private Pem() { }

  public static Parsed parse(String pem) {
    if (pem == null || pem.isBlank()) {
      return Parsed.UNREAD;
    }
    try {
      X509Certificate x = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
      return new Parsed(key(x), Known.of(x.getSigAlgName().toUpperCase(Locale.ROOT)), Known.of(x.getNotAfter().toInstant()));
    } catch (CertificateException | ClassCastException e) {
      return Parsed.UNREAD;
    }
  }

  private static Known<String> key(X509Certificate x) {
    if (x.getPublicKey() instanceof RSAPublicKey rsa) {
      return Known.of("RSA " + rsa.getModulus().bitLength());
    }
    if (x.getPublicKey() instanceof ECPublicKey ec) {
      int bits = ec.getParams().getCurve().getField().getFieldSize();
      if (ec.getParams().getCurve().getA().signum() == 0) {
        return Known.of("EC secp" + bits + "k1"); // a Koblitz curve (secp256k1), not a NIST P curve
      }
      return switch (bits) {
        case 256 -> Known.of("EC P-256");
        case 384 -> Known.of("EC P-384");
        case 521 -> Known.of("EC P-521");
        default -> Known.of("EC " + bits);
      };
    }
    return Known.of(x.getPublicKey().getAlgorithm());
  }
}
