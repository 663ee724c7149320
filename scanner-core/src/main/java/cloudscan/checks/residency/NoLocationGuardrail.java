package cloudscan.checks.residency;

import cloudscan.checks.Scopes;
import cloudscan.core.check.Check;
import cloudscan.core.check.Expectation;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.LocationGuardrail;
import cloudscan.core.fact.ResourceRef;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An account without an enforced policy that keeps new resources in Japan. Not strictly required
 * (residency.outside-japan judges every resource), but strong evidence for 1.1, so it only warns.
 */
public final class NoLocationGuardrail implements Check {

  private static final Text NONE = Text.of(
      "国内ロケーションに限定するガードレールが見つかりません。必須ではありませんが、国外へのリソース作成を"
          + "防ぐ有力な根拠となるため設定を推奨します（各リソースの所在は residency.outside-japan で確認しています）",
      "no guardrail restricting locations to Japan was found; not strictly required, but it is strong "
          + "evidence that nothing can be created abroad (each resource's location is judged by "
          + "residency.outside-japan)");

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("residency.no-location-guardrail")
        .title(Text.of("国内リージョンに限定するガードレールがない", "No guardrail keeping resources in Japan"))
        .remediation(Text.of(
            "日本国内のロケーションのみを許可するポリシーを強制モードで割り当てる（AWS: aws:RequestedRegion を"
                + "条件とする SCP、Azure: 「許可されている場所」ポリシー、GCP: 組織ポリシー gcp.resourceLocations）",
            "Assign an enforced policy that allows only Japanese locations (AWS: SCP on "
                + "aws:RequestedRegion; Azure: 'Allowed locations' policy; GCP: org policy gcp.resourceLocations)"))
        .severity(Severity.LOW)
        .requirements("1.1")
        .expects(Expectation.perAccount(LocationGuardrail.class).warn(NONE))
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    List<LocationGuardrail> guardrails = facts.all(LocationGuardrail.class);
    return facts.estate().accounts().stream()
        .map(account -> judge(account.asResource(), Scopes.inAccount(facts, guardrails, account)))
        .filter(r -> r != null);
  }

  /** Null for an account without guardrails (the expectation judges it). */
  private static Result judge(ResourceRef account, List<LocationGuardrail> guardrails) {
    if (guardrails.isEmpty()) {
      return null;
    }
    for (LocationGuardrail g : guardrails) {
      if (g.enforced() && g.japanOnly()) {
        return Result.pass(account, Text.of(
            "強制されたガードレール " + g.resource().id() + " が国内ロケーション " + g.allowedLocations()
                + " のみを許可しています",
            "enforced guardrail " + g.resource().id() + " allows only Japanese locations "
                + g.allowedLocations()));
      }
    }
    String ja = guardrails.stream().map(NoLocationGuardrail::weaknessJa).collect(Collectors.joining("、"));
    String en = guardrails.stream().map(NoLocationGuardrail::weaknessEn).collect(Collectors.joining("; "));
    return Result.warn(account, Text.of(
        "ガードレールはありますが、国内ロケーションのみを強制するものがありません: " + ja,
        "guardrails exist but none is enforced for Japan only: " + en));
  }

  private static String weaknessJa(LocationGuardrail g) {
    String id = g.resource().id();
    if (g.allowedLocations().isEmpty()) {
      return id + "（許可ロケーションの列挙なし）";
    }
    String abroad = g.outsideJapan().isEmpty() ? "" : "国外の " + g.outsideJapan() + " を許可";
    String audit = g.enforced() ? "" : "監査のみで強制されていない";
    return id + "（" + String.join("、", Stream.of(abroad, audit).filter(s -> !s.isEmpty()).toList()) + "）";
  }

  private static String weaknessEn(LocationGuardrail g) {
    String id = g.resource().id();
    if (g.allowedLocations().isEmpty()) {
      return id + " lists no allowed location";
    }
    String abroad = g.outsideJapan().isEmpty() ? "" : "allows " + g.outsideJapan() + " outside Japan";
    String audit = g.enforced() ? "" : "is audit-only, not enforced";
    return id + " " + String.join(" and ", Stream.of(abroad, audit).filter(s -> !s.isEmpty()).toList());
  }
}
