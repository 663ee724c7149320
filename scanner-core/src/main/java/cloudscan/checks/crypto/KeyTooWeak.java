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
import cloudscan.core.check.Text;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.CryptoKey;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A managed key whose type or allowed algorithms are not CRYPTREC-listed or too short under LS-0003. */
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
            "RSA 3072 ビット以上、P-256 以上の楕円曲線、AES などの CRYPTREC 暗号リスト掲載方式で鍵を作り直して移行し、"
                + "SHA-1 を使う OAEP（RSAES_OAEP_SHA_1、RSA-OAEP）や RSA1_5 はキーポリシー等で利用を禁止する",
            "Create a new key with a CRYPTREC-listed method (RSA 3072+, P-256 or larger curves, AES) and "
                + "migrate; forbid OAEP with SHA-1 (RSAES_OAEP_SHA_1, RSA-OAEP) and RSA1_5 via key policy"))
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
    if (key.spec() == null || key.spec().isBlank()) {
      return Result.unknown(key.resource(), Text.of("鍵の種類を読み取れませんでした", "key type could not be read"));
    }
    Cloud cloud = key.resource().cloud();
    boolean sm4 = chinaSm4(key);
    String label = sm4 ? key.spec() + " (SM4)" : key.spec();
    String ngAlgs = key.algorithms().stream()
        .flatMap(a -> table.verdict(cloud, Kind.ALGORITHM, a).filter(r -> r.verdict() == Verdict.NG)
            .map(r -> a + " [" + r.source() + "]").stream())
        .collect(Collectors.joining(", "));
    Text algText = ngAlgs.isEmpty() ? null : Text.of(
        "CRYPTREC の基準を満たさないアルゴリズムの利用が許可されています: " + ngAlgs,
        "allows algorithm(s) that do not meet CRYPTREC: " + ngAlgs);
    Rating r = table.verdict(cloud, Kind.KEY, sm4 ? "SM4" : key.spec()).orElse(null);
    if (r == null) {
      Text t = Text.of(label + " は CRYPTREC 対応表にないため要確認です", label + " is not in the CRYPTREC table; needs review");
      return algText == null ? Result.warn(key.resource(), t) : Result.fail(key.resource(), join(algText, t));
    }
    String src = " [" + r.source() + "]";
    String end = Strength112.lastDay(ctx.thresholds());
    Text specFail = null;
    if (r.verdict() == Verdict.NG) {
      specFail = Text.of(label + " は CRYPTREC の基準を満たしません" + (r.confirmed() ? "" : "（分類は未確認）"),
          label + " does not meet CRYPTREC" + (r.confirmed() ? "" : " (classification unconfirmed)"));
    } else if (r.transitional() && Strength112.over(ctx)) {
      specFail = Text.of(
          label + " は 112 ビット強度のため、新規の暗号化・署名は " + end + " までしか認められません（現在は復号・検証のみ可）",
          label + " has 112-bit strength: new encryption/signing was allowed only until " + end
              + " (now decrypt/verify only)");
    }
    if (specFail != null || algText != null) {
      return Result.fail(key.resource(), join(specFail == null ? null : specFail.append(src), algText));
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

  /** In AWS China regions SYMMETRIC_DEFAULT is SM4, not AES. */
  private static boolean chinaSm4(CryptoKey key) {
    return key.resource().cloud() == Cloud.AWS
        && key.resource().location().toLowerCase(Locale.ROOT).startsWith("cn-")
        && key.spec().strip().equalsIgnoreCase("SYMMETRIC_DEFAULT");
  }

  private static Text join(Text a, Text b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return Text.of(a.ja() + "。" + b.ja(), a.en() + "; " + b.en());
  }
}
