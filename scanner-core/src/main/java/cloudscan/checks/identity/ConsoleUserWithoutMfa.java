package cloudscan.checks.identity;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Principal;
import java.util.stream.Stream;

/** A person who signs in with a password (user or guest) has no multi-factor authentication. */
public final class ConsoleUserWithoutMfa implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("iam.console-user-without-mfa")
        .title(Text.of("コンソールにサインインできるユーザーに多要素認証がない",
            "Console user without MFA"))
        .remediation(Text.of(
            "パスワードでサインインできる全ユーザーに MFA を必須にする（IAM ポリシー、Entra ID の条件付きアクセス、"
                + "Google の 2 段階認証プロセスの適用）",
            "Require MFA for every user who can sign in with a password (IAM policy, Entra ID "
                + "Conditional Access, Google 2-Step Verification enforcement)"))
        .severity(Severity.HIGH)
        .requirements("3.5")
        .needs(Principal.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(Principal.class).stream()
        .filter(p -> p.kind() == Principal.Kind.USER || p.kind() == Principal.Kind.GUEST)
        .filter(Principal::consoleAccess)
        .map(ConsoleUserWithoutMfa::judge);
  }

  private static Result judge(Principal user) {
    if (user.mfaEnabled() == null) {
      return Result.unknown(user.resource(), Text.of(
          user.name() + " の MFA 設定を確認できませんでした",
          "could not read whether " + user.name() + " has MFA"));
    }
    return Result.judge(user.resource(), user.mfaEnabled(),
        Text.of(user.name() + " は MFA を使用しています", user.name() + " uses MFA"),
        Text.of(user.name() + " はパスワードでサインインできますが、MFA が設定されていません",
            user.name() + " can sign in with a password but has no MFA"));
  }
}
