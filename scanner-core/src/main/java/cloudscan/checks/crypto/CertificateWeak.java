package cloudscan.checks.crypto;

import cloudscan.checks.crypto.CryptoTable.Kind;
import cloudscan.checks.crypto.CryptoTable.Rating;
import cloudscan.checks.crypto.CryptoTable.Verdict;
import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Certificate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A TLS certificate with a too-short or unlisted key, or signed with SHA-1 or MD5 (FAIL), or with
 * any other hash not on the CRYPTREC Ciphers List such as SHA-224 (WARN).
 */
public final class CertificateWeak implements Check {

  private static final Pattern BROKEN_HASH = Pattern.compile("SHA-?1(?![0-9])|MD[245]");
  /** Hashes on the CRYPTREC Ciphers List (SHA-224 is not), and EdDSA, which hashes internally. */
  private static final Pattern LISTED_HASH =
      Pattern.compile("SHA3?[-_]?(256|384|512)(?![0-9])|ED25519|ED448");

  private final CryptoTable table;

  public CertificateWeak(CryptoTable table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("crypto.certificate-weak")
        .title(Text.of("証明書の鍵長または署名アルゴリズムが弱い", "Certificate key or signature too weak"))
        .remediation(Text.of(
            "RSA 3072 ビット以上または ECDSA P-256 以上の鍵と SHA-256 以上の署名で証明書を再発行する。"
                + "RSA 2048 ビットの証明書は有効期限が 2030 年末を越えないようにする",
            "Reissue the certificate with an RSA 3072+ or ECDSA P-256+ key and a SHA-256+ signature; keep "
                + "RSA 2048 certificates from being valid past the end of 2030"))
        .severity(Severity.HIGH)
        .requirements("3.6")
        .needs(Certificate.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(Certificate.class).stream().map(c -> judge(c, ctx));
  }

  private Result judge(Certificate cert, EvalContext ctx) {
    Result byKey = judgeKey(cert, ctx);
    if (!cert.signatureAlgorithm().isKnown()) {
      // The key may be fine, but an unreadable signature algorithm could still be SHA-1.
      return byKey.status() == Status.PASS ? Result.unknown(cert.resource(), byKey.message().append(
          " / signature algorithm unknown")) : byKey;
    }
    String sig = cert.signatureAlgorithm().value();
    String upper = sig.toUpperCase(Locale.ROOT);
    if (BROKEN_HASH.matcher(upper).find()) {
      Text sigText = Text.of("署名アルゴリズム " + sig + " は SHA-1/MD5 を使っています（サーバ証明書では禁止）",
          "signature algorithm " + sig + " uses SHA-1/MD5 (banned for server certificates)");
      return Result.fail(cert.resource(), byKey.status() != Status.FAIL ? sigText
          : Text.of(sigText.ja() + "。" + byKey.message().ja(), sigText.en() + "; " + byKey.message().en()));
    }
    if (!LISTED_HASH.matcher(upper).find() && byKey.status() != Status.FAIL) {
      Text sigText = Text.of("署名アルゴリズム " + sig + " のハッシュ関数は CRYPTREC 暗号リストにありません（要確認）",
          "signature algorithm " + sig + " uses a hash that is not on the CRYPTREC Ciphers List (needs review)");
      return byKey.status() == Status.UNKNOWN ? byKey : Result.warn(cert.resource(), sigText);
    }
    return byKey;
  }

  private Result judgeKey(Certificate cert, EvalContext ctx) {
    String key = cert.keyAlgorithm().orElse("");
    if (key.isBlank()) {
      return Result.unknown(cert.resource(), Text.of("証明書の鍵の種類を読み取れませんでした", "certificate key type could not be read"));
    }
    Rating r = table.verdict(cert.resource().cloud(), Kind.CERTIFICATE, key).orElse(null);
    if (r == null) {
      return Result.warn(cert.resource(), Text.of(
          "鍵 " + key + " は CRYPTREC 対応表にないため要確認です", "key " + key + " is not in the CRYPTREC table; needs review"));
    }
    String src = " [" + r.source() + "]";
    String end = Strength112.lastDay(ctx.thresholds());
    if (r.verdict() == Verdict.NG) {
      return r.confirmed()
          ? Result.fail(cert.resource(), Text.of("鍵 " + key + " は CRYPTREC の基準を満たしません" + src,
              "key " + key + " does not meet CRYPTREC" + src))
          : Result.warn(cert.resource(), Text.of("鍵 " + key + " は CRYPTREC の基準を満たさない可能性があります（分類は未確認）" + src,
              "key " + key + " may not meet CRYPTREC (classification unconfirmed; needs review)" + src));
    }
    if (r.transitional()) {
      if (Strength112.over(ctx)) {
        return Result.fail(cert.resource(), Text.of(
            "鍵 " + key + " は 112 ビット強度で、" + end + " より後は新規の署名に使えません" + src,
            "key " + key + " has 112-bit strength, not allowed for new signatures after " + end + src));
      }
      if (!cert.notAfter().isKnown()) {
        return Result.unknown(cert.resource(), Text.of(
            "鍵 " + key + " は 112 ビット強度ですが、有効期限を読み取れませんでした",
            "key " + key + " has 112-bit strength but the expiry could not be read"));
      }
      if (!cert.notAfter().value().isBefore(Strength112.end(ctx.thresholds()))) {
        return Result.fail(cert.resource(), Text.of(
            "鍵 " + key + " は 112 ビット強度ですが、有効期限 " + cert.notAfter().value() + " が " + end + " を越えています" + src,
            "key " + key + " has 112-bit strength but the certificate is valid until " + cert.notAfter().value()
                + ", past " + end + src));
      }
    }
    if (r.verdict() == Verdict.REVIEW || !r.confirmed()) {
      return Result.warn(cert.resource(), Text.of("鍵 " + key + " は要確認です" + src, "key " + key + " needs review" + src));
    }
    if (r.transitional()) {
      return Result.pass(cert.resource(), Text.of(
          "鍵 " + key + " は 112 ビット強度で " + end + " までに限り可です。更新時は RSA 3072 / P-256 以上にしてください" + src,
          "key " + key + " has 112-bit strength, allowed only until " + end + "; renew with RSA 3072 / P-256 or stronger" + src));
    }
    return Result.pass(cert.resource(), Text.of("鍵 " + key + " は CRYPTREC の基準を満たします" + src,
        "key " + key + " meets CRYPTREC" + src));
  }
}
