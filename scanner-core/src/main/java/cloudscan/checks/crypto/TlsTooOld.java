package cloudscan.checks.crypto;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import java.util.stream.Stream;

/** An endpoint that still accepts SSL 3.0, TLS 1.0 or TLS 1.1, or unencrypted connections next to TLS. */
public final class TlsTooOld implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("crypto.tls-too-old")
        .title(Text.of("TLS 1.2 より古いプロトコルを受け付けている", "Protocol older than TLS 1.2 accepted"))
        .remediation(Text.of(
            "最低バージョンを TLS 1.2 以上にする（ELB: ELBSecurityPolicy-TLS13-1-2-2021-06 等、"
                + "Azure: minimumTlsVersion=TLS1_2、GCP: SSL ポリシーの minTlsVersion=TLS_1_2）",
            "Set the minimum to TLS 1.2 or later (ELB: ELBSecurityPolicy-TLS13-1-2-2021-06 or stricter, "
                + "Azure: minimumTlsVersion=TLS1_2, GCP: SSL policy minTlsVersion=TLS_1_2)"))
        .severity(Severity.HIGH)
        .requirements("3.6")
        .needs(TlsPolicy.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(TlsPolicy.class).stream().map(TlsTooOld::judge);
  }

  private static Result judge(TlsPolicy p) {
    TlsVersion lowest = p.lowestProtocol();
    String where = describe(p, false);
    String whereJa = describe(p, true);
    if (p.acceptsPlaintext()) {
      return Result.fail(p.resource(), Text.of(
          "暗号化されていない通信（平文の HTTP・FTP 等）も受け付けています" + whereJa,
          "accepts unencrypted connections (plain HTTP, FTP…) too" + where));
    }
    if (lowest == TlsVersion.UNKNOWN) {
      return Result.unknown(p.resource(), Text.of(
          "受け付ける TLS バージョンを読み取れませんでした" + whereJa, "accepted TLS versions could not be read" + where));
    }
    if (lowest.olderThan(TlsVersion.TLS1_2)) {
      return Result.fail(p.resource(), Text.of(
          lowest.label() + " を受け付けています（CRYPTREC TLS 暗号設定ガイドラインで禁止）" + whereJa,
          "accepts " + lowest.label() + " (banned by the CRYPTREC TLS guideline)" + where));
    }
    return Result.pass(p.resource(), Text.of(
        "最低バージョンは " + lowest.label() + " です" + whereJa, "lowest accepted version is " + lowest.label() + where));
  }

  private static String describe(TlsPolicy p, boolean ja) {
    String s = p.policyName() != null && !p.policyName().isBlank() ? p.policyName() : p.endpoint();
    if (s == null || s.isBlank()) {
      return "";
    }
    return ja ? "（" + s + "）" : " (" + s + ")";
  }
}
