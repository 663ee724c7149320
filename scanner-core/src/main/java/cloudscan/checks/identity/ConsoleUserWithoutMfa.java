package cloudscan.checks.identity;

import cloudscan.checks.Scopes;
import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.SecurityService;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A person who signs in with a password (user or guest) has no multi-factor authentication, and no
 * policy enforces it (Entra ID security defaults or Conditional Access requiring MFA for everyone
 * count, recorded as a SecurityService of kind MFA_ENFORCEMENT for the tenant or account).
 */
public final class ConsoleUserWithoutMfa implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("iam.console-user-without-mfa")
        .title(Text.of("コンソールにサインインできるユーザーに多要素認証がない",
            "Console user without MFA"))
        .remediation(Text.of(
            "パスワードでサインインできる全ユーザーに MFA を必須にする（IAM ポリシー、Entra ID のセキュリティの既定値・"
                + "条件付きアクセス、Google の 2 段階認証プロセスの適用）",
            "Require MFA for every user who can sign in with a password (IAM policy, Entra ID security "
                + "defaults or Conditional Access, Google 2-Step Verification enforcement)"))
        .severity(Severity.HIGH)
        .requirements("3.5")
        .needs(Principal.class, SecurityService.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    List<SecurityService> mfaPolicies = facts.all(SecurityService.class).stream()
        .filter(s -> s.kind() == SecurityService.Kind.MFA_ENFORCEMENT).toList();
    List<SecurityService> policies = mfaPolicies.stream().filter(s -> s.enabled().is(true)).toList();
    List<SecurityService> unread = mfaPolicies.stream().filter(s -> !s.enabled().isKnown()).toList();
    return facts.all(Principal.class).stream()
        // Groups that can sign in are people too (GCP grants roles to Google groups)
        .filter(p -> p.kind() == Principal.Kind.USER || p.kind() == Principal.Kind.GUEST
            || p.kind() == Principal.Kind.GROUP)
        .filter(p -> !p.consoleAccess().is(false))
        .map(p -> judge(p, enforcing(facts, policies, p), !enforcing(facts, unread, p).isEmpty()));
  }

  private static Optional<SecurityService> enforcing(Facts facts, List<SecurityService> policies, Principal p) {
    return Scopes.inAccount(facts, policies, p.resource().scope()).stream().findFirst();
  }

  private static Result judge(Principal user, Optional<SecurityService> policy, boolean policyUnread) {
    if (user.mfa().is(true)) {
      return Result.pass(user.resource(), Text.of(user.name() + " は MFA を使用しています", user.name() + " uses MFA"));
    }
    if (policy.isPresent()) {
      String by = policy.get().detail() == null ? policy.get().resource().id() : policy.get().detail();
      return Result.pass(user.resource(), Text.of(
          user.name() + " の MFA はポリシー（" + by + "）で必須になっています",
          user.name() + " must use MFA by policy (" + by + ")"));
    }
    if (!user.consoleAccess().isKnown()) {
      return Result.unknown(user.resource(), Text.of(
          user.name() + " がパスワードでサインインできるか確認できませんでした",
          "could not read whether " + user.name() + " can sign in with a password"));
    }
    if (!user.mfa().isKnown()) {
      return Result.unknown(user.resource(), Text.of(
          user.name() + " の MFA 設定を確認できませんでした", "could not read whether " + user.name() + " has MFA"));
    }
    if (policyUnread) {
      return Result.unknown(user.resource(), Text.of(
          user.name() + " は MFA を登録していませんが、MFA を必須にするポリシー（条件付きアクセス等）を読み取れず、"
              + "必須かどうか判定できません",
          user.name() + " has not registered MFA, and whether a policy (Conditional Access…) requires it could "
              + "not be read"));
    }
    return Result.fail(user.resource(), Text.of(
        user.name() + " はパスワードでサインインできますが、MFA が設定されていません",
        user.name() + " can sign in with a password but has no MFA"));
  }
}
