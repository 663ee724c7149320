package cloudscan.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's own stylesheet and script, inlined so the report is one file that works from
 * {@code file://}. The Content-Security-Policy allows exactly these two by hash and nothing else:
 * no network, and no other script even if something slipped past the escaping.
 */
final class Assets {

  static final String CSS = load("report.css");
  static final String JS = load("report.js");

  private Assets() { }

  static String contentSecurityPolicy() {
    return "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(JS)
        + "'; img-src data:; base-uri 'none'; form-action 'none'";
  }

  /** CSP source expression {@code sha256-<base64>} of the exact text. */
  static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JRE", e);
    }
  }

  private static String load(String name) {
    String path = "cloudscan/report/html/" + name;
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " missing from the reports jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.contains("</")) {
        throw new IllegalStateException(path + " must not contain '</' (it is inlined)");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
