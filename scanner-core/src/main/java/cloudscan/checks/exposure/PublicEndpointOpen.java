package cloudscan.checks.exposure;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.PublicEndpoint;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A management or data endpoint (database, Kubernetes API, storage, key vault…) reachable from the
 * whole internet with neither an IP restriction nor client certificates.
 */
public final class PublicEndpointOpen implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("exposure.public-endpoint-open")
        .title(Text.of("エンドポイントがインターネット全体に公開されている", "Endpoint open to the whole internet"))
        .remediation(Text.of(
            "パブリックアクセスを無効にしてプライベートエンドポイントを使うか、許可する送信元 IP を限定する"
                + "（ファイアウォール・承認済みネットワーク）、または相互 TLS（クライアント証明書）を必須にする",
            "Disable public access and use a private endpoint, or restrict the allowed source IPs "
                + "(firewall, authorised networks), or require mutual TLS (client certificates)"))
        .severity(Severity.HIGH)
        .requirements("3.4")
        .needs(PublicEndpoint.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(PublicEndpoint.class).stream().map(PublicEndpointOpen::judge);
  }

  private static Result judge(PublicEndpoint e) {
    Text kind = kind(e.kind());
    if (e.openToInternet()) {
      return Result.fail(e.resource(), Text.of(
          kind.ja() + "が IP 制限もクライアント証明書もなくインターネット全体から接続可能です",
          kind.en() + " reachable from the whole internet without IP restriction or client certificate"));
    }
    if (!e.publiclyReachable()) {
      return Result.pass(e.resource(), Text.of(
          kind.ja() + "はインターネットから到達できません",
          kind.en() + " is not publicly reachable"));
    }
    if (e.clientCertRequired()) {
      return Result.pass(e.resource(), Text.of(
          kind.ja() + "は公開されていますが、クライアント証明書（相互 TLS）が必須です",
          kind.en() + " is public but requires client certificates (mutual TLS)"));
    }
    String cidrs = e.allowedSources().stream().map(Cidr::toString).collect(Collectors.joining(", "));
    return Result.pass(e.resource(), Text.of(
        kind.ja() + "は公開されていますが、接続元が " + cidrs + " に制限されています",
        kind.en() + " is public but restricted to " + cidrs));
  }

  /** "database endpoint", "Kubernetes API endpoint"… in both languages. */
  private static Text kind(PublicEndpoint.Kind kind) {
    Text what = kind == null ? null : switch (kind) {
      case DATABASE -> Text.of("データベース", "database");
      case KUBERNETES_API -> Text.of("Kubernetes API", "Kubernetes API");
      case OBJECT_STORAGE -> Text.of("ストレージ", "storage");
      case KEY_VAULT -> Text.of("鍵管理（Key Vault 等）", "key vault");
      case LOAD_BALANCER -> Text.of("ロードバランサー", "load balancer");
      case COMPUTE -> Text.of("サーバー", "server");
      case OTHER -> null;
    };
    return what == null ? Text.of("エンドポイント", "endpoint")
        : Text.of(what.ja() + (what.ja().matches(".*[A-Za-z]") ? " " : "") + "のエンドポイント",
            what.en() + " endpoint");
  }
}
