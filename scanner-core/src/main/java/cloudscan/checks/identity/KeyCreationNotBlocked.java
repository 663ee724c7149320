package cloudscan.checks.identity;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.IdentityGuardrail;
import cloudscan.core.fact.IdentityGuardrail.Control;
import java.util.stream.Stream;

/**
 * No enforced policy stops new long-lived service-account keys (3.5: password-equivalent
 * credentials that never expire). The keys that exist today are judged by
 * {@code iam.access-key-old}; the guardrail only warns.
 */
public final class KeyCreationNotBlocked implements Check {

  static final String CONSTRAINT = "iam.disableServiceAccountKeyCreation";

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("iam.key-creation-not-blocked")
        .title(Text.of("サービスアカウントキーの作成を防ぐガードレールがない",
            "No guardrail against creating service-account keys"))
        .remediation(Text.of(
            "組織ポリシー " + CONSTRAINT + " を強制し、Workload Identity 連携や権限借用に置き換える"
                + "（キーが必要な場合はプロジェクト単位の例外を市と合意する）",
            "Enforce the organization policy " + CONSTRAINT + " and use workload identity federation or "
                + "impersonation instead (agree any per-project exception with the city)"))
        .severity(Severity.LOW)
        .requirements("3.5")
        .needs(IdentityGuardrail.class)
        .expects(IdentityGuardrails.expected(Control.LONG_LIVED_KEYS, CONSTRAINT))
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return IdentityGuardrails.of(facts, Control.LONG_LIVED_KEYS).map(KeyCreationNotBlocked::judge);
  }

  static Result judge(IdentityGuardrail g) {
    String id = g.resource().id();
    return g.enforced()
        ? Result.pass(g.resource(), Text.of(
            id + " が強制され、サービスアカウントキーの新規作成が禁止されています",
            id + " is enforced: no new service-account keys can be created"))
        : Result.warn(g.resource(), Text.of(
            id + " が強制されていないため、サービスアカウントの長期キーを新たに作成できます",
            id + " is not enforced: new long-lived service-account keys can be created"));
  }
}
