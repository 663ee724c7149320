package cloudscan.checks.identity;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Expectation;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.IdentityGuardrail;
import cloudscan.core.fact.IdentityGuardrail.Control;
import cloudscan.core.fact.Principal;
import java.util.List;
import java.util.stream.Stream;

/**
 * No enforced policy stops new outside members (2.8) or new long-lived service-account keys (3.5)
 * from being granted. The members and keys that exist are judged by {@code iam.external-principal}
 * and {@code iam.access-key-old}; a guardrail is what keeps tomorrow's scan as clean as today's,
 * so its absence only warns. Offered today by GCP organization policies, so expected in every
 * scanned project that has GCP IAM members.
 */
public final class NoIdentityGuardrail implements Check {

  private static final String OUTSIDE = "iam.allowedPolicyMemberDomains";
  private static final String KEYS = "iam.disableServiceAccountKeyCreation";

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("iam.no-identity-guardrail")
        .title(Text.of("外部メンバーや長期キーの追加を防ぐガードレールがない",
            "No guardrail against new outside members or long-lived keys"))
        .remediation(Text.of(
            "組織ポリシー " + OUTSIDE + " を自組織の Cloud Identity 顧客 ID のみに限定して強制し、" + KEYS
                + " を強制する（キーが必要な場合はプロジェクト単位の例外を市と合意する）",
            "Enforce the organization policy " + OUTSIDE + " with only your own Cloud Identity customer ID, "
                + "and enforce " + KEYS + " (agree any per-project exception with the city)"))
        .severity(Severity.LOW)
        .requirements("2.8", "3.5")
        .needs(IdentityGuardrail.class)
        .expects(expectation(Control.OUTSIDE_MEMBERS, OUTSIDE), expectation(Control.LONG_LIVED_KEYS, KEYS))
        .build();
  }

  private static Expectation expectation(Control control, String constraint) {
    return Expectation.perAccount(IdentityGuardrail.class, control)
        .onlyWhere(Principal.class, p -> p.resource().cloud() == Cloud.GCP, "GCP IAM members")
        .warn(Text.of("組織ポリシー " + constraint + " の設定が見つかりません",
            "no organization policy " + constraint + " was found"));
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(IdentityGuardrail.class).stream().map(NoIdentityGuardrail::judge);
  }

  static Result judge(IdentityGuardrail g) {
    String id = g.resource().id();
    if (!g.enforced()) {
      return g.control() == Control.OUTSIDE_MEMBERS
          ? Result.warn(g.resource(), Text.of(
              id + " が強制されていないため、どの Google アカウントやドメインにもアクセス権を付与できます",
              id + " is not enforced: access can be granted to any Google account or domain"))
          : Result.warn(g.resource(), Text.of(
              id + " が強制されていないため、サービスアカウントの長期キーを新たに作成できます",
              id + " is not enforced: new long-lived service-account keys can be created"));
    }
    if (g.control() == Control.LONG_LIVED_KEYS) {
      return Result.pass(g.resource(), Text.of(
          id + " が強制され、サービスアカウントキーの新規作成が禁止されています",
          id + " is enforced: no new service-account keys can be created"));
    }
    if (g.outsideParties().isUnread()) {
      return Result.warn(g.resource(), Text.of(
          id + " は " + g.allowedParties() + " のメンバーのみを許可していますが、これが自組織の顧客 ID か確認できませんでした",
          id + " allows members of " + g.allowedParties() + " only, but whether these are the organization's "
              + "own customer IDs could not be read"));
    }
    List<String> outside = g.outsideParties().orElse(List.of());
    if (!outside.isEmpty()) {
      return Result.warn(g.resource(), Text.of(
          id + " は自組織以外の顧客 " + outside + " のメンバーにもアクセス権の付与を許可しています。市の承認が必要です",
          id + " also allows granting access to members of other customers " + outside
              + "; the city must approve them"));
    }
    return Result.pass(g.resource(), Text.of(
        id + " が強制され、自組織 " + g.allowedParties() + " のメンバーにのみアクセス権を付与できます",
        id + " is enforced: access can be granted only to members of the organization's own "
            + g.allowedParties()));
  }
}
