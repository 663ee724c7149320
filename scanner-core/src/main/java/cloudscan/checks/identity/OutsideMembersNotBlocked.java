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
import java.util.List;
import java.util.stream.Stream;

/**
 * No enforced policy keeps IAM grants to the organization's own directory, so a new outside party
 * can be given access without anyone changing a policy (2.8). The parties that have access today
 * are judged by {@code iam.external-principal}; the guardrail only warns.
 */
public final class OutsideMembersNotBlocked implements Check {

  static final String CONSTRAINT = "iam.allowedPolicyMemberDomains";

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("iam.outside-members-not-blocked")
        .title(Text.of("外部メンバーへのアクセス権付与を防ぐガードレールがない",
            "No guardrail against granting access to outside members"))
        .remediation(Text.of(
            "組織ポリシー " + CONSTRAINT + " を自組織の Cloud Identity 顧客 ID のみに限定して強制する。"
                + "他の顧客を許可する場合は市の承認を得る",
            "Enforce the organization policy " + CONSTRAINT + " with only your own Cloud Identity customer ID; "
                + "allow another customer only with the city's approval"))
        .severity(Severity.LOW)
        .requirements("2.8")
        .needs(IdentityGuardrail.class)
        .expects(IdentityGuardrails.expected(Control.OUTSIDE_MEMBERS, CONSTRAINT))
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return IdentityGuardrails.of(facts, Control.OUTSIDE_MEMBERS).map(OutsideMembersNotBlocked::judge);
  }

  static Result judge(IdentityGuardrail g) {
    String id = g.resource().id();
    if (!g.enforced()) {
      return Result.warn(g.resource(), Text.of(
          id + " が強制されていないため、どの Google アカウントやドメインにもアクセス権を付与できます",
          id + " is not enforced: access can be granted to any Google account or domain"));
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
