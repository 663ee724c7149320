package cloudscan.core.fact;

import java.util.Locale;

/**
 * TLS / SSL protocol versions, oldest first. {@link #PLAINTEXT} is no encryption at all: an endpoint
 * that also accepts plain HTTP or FTP lists it among its protocols; {@link #parse} never yields it.
 */
public enum TlsVersion {
  PLAINTEXT, SSL3, TLS1_0, TLS1_1, TLS1_2, TLS1_3, UNKNOWN;

  /**
   * Parses the clouds' spellings: {@code TLSv1.2}, {@code TLSv1.2_2021}, {@code TLS1_2},
   * {@code TLS_1_2}, {@code 1.2}, {@code Protocol-TLSv1.2}, {@code SSLv3}.
   */
  public static TlsVersion parse(String text) {
    if (text == null) {
      return UNKNOWN;
    }
    String t = text.toUpperCase(Locale.ROOT).replace("PROTOCOL-", "");
    if (t.contains("SSL")) {
      return SSL3;
    }
    String digits = t.replaceAll("[^0-9]", "");
    if (digits.startsWith("13")) {
      return TLS1_3;
    }
    if (digits.startsWith("12")) {
      return TLS1_2;
    }
    if (digits.startsWith("11")) {
      return TLS1_1;
    }
    if (digits.startsWith("10") || digits.equals("1")) {
      return TLS1_0;
    }
    return UNKNOWN;
  }

  public boolean olderThan(TlsVersion other) {
    return this != UNKNOWN && other != UNKNOWN && ordinal() < other.ordinal();
  }

  public String label() {
    return switch (this) {
      case PLAINTEXT -> "plaintext (no TLS)";
      case SSL3 -> "SSLv3";
      case TLS1_0 -> "TLS 1.0";
      case TLS1_1 -> "TLS 1.1";
      case TLS1_2 -> "TLS 1.2";
      case TLS1_3 -> "TLS 1.3";
      case UNKNOWN -> "unknown";
    };
  }
}
