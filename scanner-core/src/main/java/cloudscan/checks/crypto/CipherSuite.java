package cloudscan.checks.crypto;

import cloudscan.core.check.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Grades one TLS cipher suite against the CRYPTREC TLS guideline (v3): prohibited suites, suites
 * on neither list (allowed but not recommended) and recommended ones. Understands OpenSSL names
 * ({@code ECDHE-RSA-AES128-GCM-SHA256}, {@code DES-CBC3-SHA}) and IANA names
 * ({@code TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}, {@code TLS_AES_128_GCM_SHA256}).
 *
 * @param reason why the suite is not recommended or prohibited; null when recommended
 */
record CipherSuite(String name, Grade grade, Text reason) {

  enum Grade { RECOMMENDED, NOT_RECOMMENDED, PROHIBITED }

  static CipherSuite grade(String name) {
    String upper = name.strip().toUpperCase(Locale.ROOT);
    List<String> t = Arrays.asList(upper.split("[-_]"));
    boolean iana = upper.startsWith("TLS_") || upper.startsWith("SSL_");
    if (upper.contains("SCSV")) {
      return ok(name); // signalling value, not a suite
    }
    if (t.contains("NULL")) {
      return bad(name, "NULL 暗号（暗号化なし）", "NULL cipher (no encryption)");
    }
    if (t.stream().anyMatch(s -> s.startsWith("EXP"))) {
      return bad(name, "EXPORT 暗号", "EXPORT-grade cipher");
    }
    if (t.contains("ANON") || (!iana && (t.get(0).equals("ADH") || t.get(0).equals("AECDH")))) {
      return bad(name, "匿名（認証なし）鍵交換", "anonymous key exchange");
    }
    if (t.stream().anyMatch(s -> s.startsWith("RC4") || s.startsWith("RC2"))) {
      return bad(name, "RC4/RC2", "RC4/RC2");
    }
    if (t.contains("3DES") || t.contains("CBC3") || t.stream().anyMatch(s -> s.startsWith("DES"))) {
      return bad(name, "DES/3DES（64 ビットブロック暗号）", "DES/3DES (64-bit block cipher)");
    }
    if (t.contains("MD5")) {
      return bad(name, "MD5", "MD5");
    }
    boolean tls13 = iana && !upper.contains("_WITH_") && t.size() > 1
        && (t.get(1).equals("AES") || t.get(1).equals("CHACHA20"));
    if (tls13) {
      return ok(name);
    }
    boolean pfs = t.contains("ECDHE") || t.contains("DHE") || t.contains("EDH");
    if (!pfs) {
      return weak(name, "静的鍵交換（前方秘匿性なし）", "static key exchange (no forward secrecy)");
    }
    boolean listedCipher = t.stream().anyMatch(s -> s.startsWith("AES") || s.startsWith("CAMELLIA")
        || s.startsWith("CHACHA20"));
    if (!listedCipher) {
      return weak(name, "推奨リストにない共通鍵暗号", "bulk cipher not on the recommended list");
    }
    boolean aead = t.contains("GCM") || t.contains("CCM") || t.contains("POLY1305");
    if (!aead && t.get(t.size() - 1).equals("SHA")) {
      return weak(name, "CBC モードと SHA-1 MAC", "CBC mode with a SHA-1 MAC");
    }
    return ok(name);
  }

  boolean prohibited() {
    return grade == Grade.PROHIBITED;
  }

  boolean recommended() {
    return grade == Grade.RECOMMENDED;
  }

  private static CipherSuite ok(String name) {
    return new CipherSuite(name, Grade.RECOMMENDED, null);
  }

  private static CipherSuite weak(String name, String ja, String en) {
    return new CipherSuite(name, Grade.NOT_RECOMMENDED, Text.of(ja, en));
  }

  private static CipherSuite bad(String name, String ja, String en) {
    return new CipherSuite(name, Grade.PROHIBITED, Text.of(ja, en));
  }
}
