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
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.CryptoKey;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A managed key whose type is not CRYPTREC-listed or too short under LS-0003 (FAIL only when the
 * table's row is confirmed NG; an unknown type or an unconfirmed row needs review), or whose type
 * lets callers use an algorithm CRYPTREC does not accept. The latter is never a FAIL: the key type
 * decides which algorithms exist (an AWS RSA encryption key always offers RSAES_OAEP_SHA_1), so
 * what a user can do is forbid them in the key policy. PASS then needs the policy's evidence;
 * otherwise WARN with that remediation. Where a cloud keeps no per-key algorithm list (Key Vault:
 * the caller picks per request), the type, size and curve are judged alone.
 */
public final class KeyTooWeak implements Check {

  private final CryptoTable table;

  public KeyTooWeak(CryptoTable table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("crypto.key-too-weak")
        .title(Text.of("暗号鍵の方式・鍵長が CRYPTREC の基準を満たしていない",
            "Key algorithm or length below the CRYPTREC criteria"))
        .remediation(Text.of(
            "RSA 3072 ビット以上、P-256 以上の楕円曲線、AES などの CRYPTREC 暗号リスト掲載方式で鍵を作り直して移行する。"
                + "SHA-1 を使う OAEP（RSAES_OAEP_SHA_1）は、kms:EncryptionAlgorithm が RSAES_OAEP_SHA_256 でない"
                + " kms:Encrypt／kms:Decrypt をすべてのプリンシパルに対して拒否（Deny）するキーポリシーで禁止する",
            "Create a new key with a CRYPTREC-listed method (RSA 3072+, P-256 or larger curves, AES) and "
                + "migrate; forbid OAEP with SHA-1 (RSAES_OAEP_SHA_1) with a key policy statement that denies "
                + "kms:Encrypt and kms:Decrypt to every principal when kms:EncryptionAlgorithm is not RSAES_OAEP_SHA_256"))
        .severity(Severity.HIGH)
        .requirements("3.6")
        .needs(CryptoKey.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(CryptoKey.class).stream()
        .filter(k -> k.state() != CryptoKey.KeyState.PENDING_DELETION)
        .map(k -> judge(k, ctx));
  }

  private Result judge(CryptoKey key, EvalContext ctx) {
    if (!key.spec().isKnown()) {
      return Result.unknown(key.resource(), Text.of("鍵の種類を読み取れませんでした", "key type could not be read"));
    }
    Result bySpec = judgeSpec(key, ctx);
    Result byAlgorithms = bySpec.status() == Status.FAIL ? null : judgeAlgorithms(key);
    if (byAlgorithms == null) {
      return bySpec;
    }
    Status worst = bySpec.status() == Status.UNKNOWN || byAlgorithms.status() == Status.UNKNOWN ? Status.UNKNOWN
        : bySpec.status() == Status.WARN || byAlgorithms.status() == Status.WARN ? Status.WARN : Status.PASS;
    return new Result(key.resource(), worst, join(bySpec.message(), byAlgorithms.message()));
  }

  /**
   * A key whose usable versions differ ({@code A+B}, see {@link CryptoKey#spec()}) is as weak as its
   * weakest version: each is judged and the worst verdict stands (FAIL, then UNKNOWN, WARN, PASS).
   */
  private Result judgeSpec(CryptoKey key, EvalContext ctx) {
    String spec = key.spec().value();
    if (!spec.contains("+")) {
      return judgeSpec(key, spec, ctx);
    }
    List<Result> parts = Arrays.stream(spec.split("\\+")).map(String::strip).map(s -> judgeSpec(key, s, ctx)).toList();
    Result worst = parts.stream().max(Comparator.comparingInt(r -> WORST_FIRST.size() - WORST_FIRST.indexOf(r.status())))
        .orElseThrow();
    Text message = parts.stream().map(Result::message).reduce(KeyTooWeak::join).orElseThrow();
    return new Result(key.resource(), worst.status(), message);
  }

  private static final List<Status> WORST_FIRST = List.of(Status.FAIL, Status.UNKNOWN, Status.WARN, Status.PASS);

  private Result judgeSpec(CryptoKey key, String spec, EvalContext ctx) {
    Cloud cloud = key.resource().cloud();
    boolean sm4 = chinaSm4(key, spec);
    String label = sm4 ? spec + " (SM4)" : spec;
    Rating r = table.verdict(cloud, Kind.KEY, sm4 ? "SM4" : spec).orElse(null);
    if (r == null) {
      return Result.warn(key.resource(), Text.of(label + " は CRYPTREC 対応表にないため要確認です",
          label + " is not in the CRYPTREC table; needs review"));
    }
    String src = " [" + r.source() + "]";
    String end = Strength112.lastDay(ctx.thresholds());
    if (r.verdict() == Verdict.NG) {
      return r.confirmed()
          ? Result.fail(key.resource(), Text.of(label + " は CRYPTREC の基準を満たしません" + src,
              label + " does not meet CRYPTREC" + src))
          : Result.warn(key.resource(), Text.of(label + " は CRYPTREC の基準を満たさない可能性があります（分類は未確認のため要確認）" + src,
              label + " may not meet CRYPTREC (classification unconfirmed; needs review)" + src));
    }
    if (r.transitional() && Strength112.over(ctx)) {
      return Result.fail(key.resource(), Text.of(
          label + " は 112 ビット強度のため、新規の暗号化・署名は " + end + " までしか認められません（現在は復号・検証のみ可）" + src,
          label + " has 112-bit strength: new encryption/signing was allowed only until " + end
              + " (now decrypt/verify only)" + src));
    }
    if (r.verdict() == Verdict.REVIEW || !r.confirmed()) {
      boolean unconfirmedOnly = r.verdict() != Verdict.REVIEW;
      return Result.warn(key.resource(), Text.of(
          label + " は要確認です" + (unconfirmedOnly ? "（CRYPTREC 上の分類が未確認）" : "") + src,
          label + " needs review" + (unconfirmedOnly ? " (CRYPTREC classification unconfirmed)" : "") + src));
    }
    if (r.transitional()) {
      return Result.pass(key.resource(), Text.of(
          label + " は 112 ビット強度で、新規の暗号化・署名は " + end + " までに限り認められます。移行を計画してください" + src,
          label + " has 112-bit strength, allowed for new operations only until " + end + " - plan migration" + src));
    }
    return Result.pass(key.resource(), Text.of(label + " は CRYPTREC の基準を満たします" + src,
        label + " meets CRYPTREC" + src));
  }

  /** Null when the algorithms are fine or not offered by the cloud; else WARN or UNKNOWN. */
  private Result judgeAlgorithms(CryptoKey key) {
    if (key.algorithms().isNotOffered()) {
      return null;
    }
    if (key.algorithms().isUnread()) {
      return Result.unknown(key.resource(), Text.of(
          "鍵で使えるアルゴリズムを読み取れませんでした", "the algorithms this key allows could not be read"));
    }
    Cloud cloud = key.resource().cloud();
    List<String> weak = key.algorithms().value().stream()
        .filter(a -> table.verdict(cloud, Kind.ALGORITHM, a).map(r -> r.verdict() == Verdict.NG).orElse(false))
        .toList();
    if (weak.isEmpty()) {
      return null;
    }
    if (key.permittedAlgorithms().isKnown()) {
      List<String> permitted = weak.stream().filter(key.permittedAlgorithms().value()::contains).toList();
      if (permitted.isEmpty()) {
        return Result.pass(key.resource(), Text.of(
            "キーポリシーが " + String.join(", ", weak) + " の利用を禁止しています",
            "the key policy forbids " + String.join(", ", weak)));
      }
      weak = permitted;
    }
    String list = weak.stream().collect(Collectors.joining(", "));
    boolean unread = key.permittedAlgorithms().isUnread();
    String why = unread ? "（キーポリシーを読み取れませんでした）" : "";
    String whyEn = unread ? " (the key policy could not be read)" : "";
    return Result.warn(key.resource(), Text.of(
        "この鍵の種類では CRYPTREC の基準を満たさないアルゴリズム " + list + " が使えます。"
            + "kms:EncryptionAlgorithm が推奨方式でない kms:Encrypt／kms:Decrypt をすべてのプリンシパルに拒否するキーポリシーで禁止してください" + why,
        "this key type lets callers use " + list + ", which does not meet CRYPTREC: forbid it with a key policy "
            + "Deny on kms:Encrypt and kms:Decrypt for every principal when kms:EncryptionAlgorithm is not "
            + "RSAES_OAEP_SHA_256" + whyEn));
  }

  /** In AWS China regions SYMMETRIC_DEFAULT is SM4, not AES. */
  private static boolean chinaSm4(CryptoKey key, String spec) {
    return key.resource().cloud() == Cloud.AWS
        && key.resource().location().toLowerCase(Locale.ROOT).startsWith("cn-")
        && spec.strip().equalsIgnoreCase("SYMMETRIC_DEFAULT");
  }

  private static Text join(Text a, Text b) {
    return Text.of(a.ja() + "。" + b.ja(), a.en() + "; " + b.en());
  }
}
