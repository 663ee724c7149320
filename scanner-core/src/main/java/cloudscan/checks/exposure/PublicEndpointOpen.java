package cloudscan.checks.exposure;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.checks.network.Reachability;
import cloudscan.core.fact.AddressList;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.Peers;
import cloudscan.core.fact.PublicEndpoint;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A management or data endpoint (database, Kubernetes API, storage, key vault…) reachable from the
 * internet (the same definition as for firewall rules: half the IPv4 space or of IPv6 global
 * unicast, all allowed ranges together) without client certificates. Where the endpoint's own
 * access list admits anyone but the snapshot says which rule sets sit in front of it (an RDS
 * instance's or load balancer's security groups), those decide: the endpoint is open only if the
 * internet gets through them.
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
    Map<String, AddressList> lists = facts.all(AddressList.class).stream()
        .collect(Collectors.toMap(l -> l.resource().id(), Function.identity(), (a, b) -> a));
    Reachability network = Reachability.of(facts);
    return facts.all(PublicEndpoint.class).stream().map(e -> judge(e, lists, network));
  }

  private static Result judge(PublicEndpoint e, Map<String, AddressList> lists, Reachability network) {
    Text kind = kind(e.kind());
    if (!e.publiclyReachable().isKnown()) {
      return Result.unknown(e.resource(), Text.of(kind.ja() + "が公開されているか読み取れませんでした",
          "could not read whether the " + kind.en() + " is publicly reachable"));
    }
    if (!e.publiclyReachable().value()) {
      return Result.pass(e.resource(), Text.of(kind.ja() + "はインターネットから到達できません",
          kind.en() + " is not publicly reachable"));
    }
    if (e.clientCertRequired().is(true)) {
      return Result.pass(e.resource(), Text.of(kind.ja() + "は公開されていますが、クライアント証明書（相互 TLS）が必須です",
          kind.en() + " is public but requires client certificates (mutual TLS)"));
    }
    if (!e.allowedSources().isKnown()) {
      return Result.unknown(e.resource(), Text.of(kind.ja() + "の接続元制限を読み取れませんでした",
          "could not read who may connect to the " + kind.en()));
    }
    Peers.Resolved r = Peers.resolve(e.resource().cloud(), e.allowedSources().value(), lists::get);
    String sources = e.allowedSources().value().stream().map(Peer::toString).collect(Collectors.joining(", "));
    if (r.addresses().isInternet()) {
      Optional<Reachability.Answer> through = network.fromInternet(e.resource());
      if (through.isPresent() && through.get().verdict() != Reachability.Verdict.OPEN) {
        String sets = String.join(", ", network.ruleSetsInFront(e.resource()));
        return through.get().verdict() == Reachability.Verdict.CLOSED
            ? Result.pass(e.resource(), Text.of(
                kind.ja() + "は公開設定ですが、前段のルールセット（" + sets + "）がインターネットからの通信を通しません",
                kind.en() + " is public, but the rule sets in front of it (" + sets + ") let nothing in from the internet"))
            : Result.unknown(e.resource(), Text.of(
                kind.ja() + "は公開設定で、前段のルールセット（" + sets + "）がインターネットからの通信を通すか判定できません",
                kind.en() + " is public, and whether the rule sets in front of it (" + sets
                    + ") let the internet in cannot be told"));
      }
      if (e.clientCertRequired().isUnread()) {
        return Result.unknown(e.resource(), Text.of(
            kind.ja() + "はインターネット全体から接続可能ですが、クライアント証明書の要否を読み取れませんでした",
            kind.en() + " is open to the internet and whether it requires client certificates could not be read"));
      }
      return Result.fail(e.resource(), Text.of(
          kind.ja() + "がクライアント証明書なしでインターネット全体から接続可能です（接続元: " + sources + "）",
          kind.en() + " reachable from the whole internet without client certificates (allowed: " + sources + ")"));
    }
    if (!r.certain()) {
      return Result.unknown(e.resource(), Text.of(
          kind.ja() + "の接続元 " + r.unknown() + " がどこまでを含むか判定できません",
          "cannot tell how far the " + kind.en() + "'s allowed source(s) " + r.unknown() + " reach"));
    }
    return Result.pass(e.resource(), Text.of(kind.ja() + "は公開されていますが、接続元が " + sources + " に制限されています",
        kind.en() + " is public but restricted to " + sources));
  }

  /** "database endpoint", "Kubernetes API endpoint"… in both languages. */
  private static Text kind(PublicEndpoint.Kind kind) {
    Text what = switch (kind) {
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
