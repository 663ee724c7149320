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
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An endpoint offering prohibited (3DES, RC4, NULL, EXPORT, anon, MD5) or non-recommended suites.
 * Where the provider manages the suites (no list offered), the minimum protocol decides.
 */
public final class TlsWeakCiphers implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("crypto.tls-weak-ciphers")
        .title(Text.of("TLS で禁止・非推奨の暗号スイートを提供している", "Prohibited or weak TLS cipher suites offered"))
        .remediation(Text.of(
            "ECDHE と AES-GCM / ChaCha20-Poly1305 のスイートに限定したポリシーを使う（ELB: ELBSecurityPolicy-TLS13-1-2-Res-2021-06、"
                + "GCP: RESTRICTED / MODERN プロファイル、Azure Application Gateway: AppGwSslPolicy20220101S 等）",
            "Use a policy limited to ECDHE with AES-GCM / ChaCha20-Poly1305 (ELB: ELBSecurityPolicy-TLS13-1-2-Res-2021-06, "
                + "GCP: RESTRICTED or MODERN profile, Azure Application Gateway: AppGwSslPolicy20220101S or similar)"))
        .severity(Severity.HIGH)
        .requirements("3.6")
        .needs(TlsPolicy.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(TlsPolicy.class).stream().map(TlsWeakCiphers::judge);
  }

  private static Result judge(TlsPolicy p) {
    boolean named = p.policyName() != null && !p.policyName().isBlank();
    String where = named ? " (" + p.policyName() + ")" : "";
    String whereJa = named ? "（" + p.policyName() + "）" : "";
    if (p.cipherSuites().isUnread()) {
      return Result.unknown(p.resource(), Text.of(
          "ポリシーの暗号スイートを特定できませんでした" + whereJa, "could not resolve the policy's cipher suites" + where));
    }
    if (p.cipherSuites().isNotOffered()) {
      return providerManaged(p, where, whereJa);
    }
    List<CipherSuite> graded = p.cipherSuites().value().stream().map(CipherSuite::grade).toList();
    List<CipherSuite> prohibited = graded.stream().filter(CipherSuite::prohibited).toList();
    if (!prohibited.isEmpty()) {
      return Result.fail(p.resource(), Text.of(
          "使用してはならない暗号スイートを提供しています: " + list(prohibited, true) + whereJa,
          "offers cipher suites that must not be used: " + list(prohibited, false) + where));
    }
    List<CipherSuite> weak = graded.stream().filter(s -> !s.recommended()).toList();
    if (!weak.isEmpty()) {
      return Result.warn(p.resource(), Text.of(
          "CRYPTREC の推奨リストにない暗号スイートを提供しています: " + list(weak, true) + whereJa,
          "offers cipher suites not on the CRYPTREC recommended list: " + list(weak, false) + where));
    }
    return Result.pass(p.resource(), Text.of(
        "前方秘匿性のある推奨暗号スイートのみです" + whereJa, "only recommended suites with forward secrecy" + where));
  }

  /**
   * Suites the provider chooses and the customer cannot configure (Azure minimum-TLS settings):
   * judged by the minimum protocol. From TLS 1.2 on, PASS with that note; a lower minimum lets the
   * provider offer legacy suites too, which needs review (crypto.tls-too-old fails it anyway).
   */
  private static Result providerManaged(TlsPolicy p, String where, String whereJa) {
    TlsVersion lowest = p.lowestProtocol();
    if (lowest == TlsVersion.UNKNOWN) {
      return Result.unknown(p.resource(), Text.of(
          "暗号スイートは事業者が管理しており、最低 TLS バージョンも読み取れませんでした" + whereJa,
          "cipher suites are managed by the provider and the minimum TLS version could not be read" + where));
    }
    if (lowest.olderThan(TlsVersion.TLS1_2)) {
      return Result.warn(p.resource(), Text.of(
          "暗号スイートは事業者が管理しており設定できません。最低バージョン " + lowest.label()
              + " では旧式のスイートも提供されるため、TLS 1.2 以上にしてください" + whereJa,
          "cipher suites are managed by the provider and cannot be configured; with a minimum of "
              + lowest.label() + " legacy suites are offered too: raise the minimum to TLS 1.2" + where));
    }
    return Result.pass(p.resource(), Text.of(
        "暗号スイートは事業者が管理しており設定できません。最低バージョン " + lowest.label() + " で判定しています" + whereJa,
        "cipher suites are managed by the provider and cannot be configured; judged by the minimum "
            + lowest.label() + where));
  }

  private static String list(List<CipherSuite> suites, boolean ja) {
    return suites.stream().map(s -> ja ? s.name() + "（" + s.reason().ja() + "）" : s.name() + " (" + s.reason().en() + ")")
        .collect(Collectors.joining(", "));
  }
}
