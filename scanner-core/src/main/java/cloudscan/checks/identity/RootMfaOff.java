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

/**
 * The root user (account owner) can sign in with a password without multi-factor authentication.
 * A root user without a password (AWS centralised root access removes it) cannot sign in at all.
 */
public final class RootMfaOff implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("iam.root-mfa-off")
        .title(Text.of("ルートユーザーに多要素認証が設定されていない", "Root user without MFA"))
        .remediation(Text.of(
            "ルートユーザーにハードウェアまたは仮想 MFA デバイスを登録し、通常の作業には使用しない"
                + "（AWS Organizations ではルートアクセスの一元管理でルートの認証情報を削除できる）",
            "Register a hardware or virtual MFA device for the root user and do not use it for "
                + "everyday work (in AWS Organizations, centralised root access can remove root credentials)"))
        .severity(Severity.CRITICAL)
        .requirements("3.5")
        .needs(Principal.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return Stream.concat(facts.all(Principal.class).stream()
        .filter(p -> p.kind() == Principal.Kind.ROOT)
        .map(RootMfaOff::judge), Roots.missing(facts));
  }

  private static Result judge(Principal root) {
    if (root.mfa().is(true)) {
      return Result.pass(root.resource(), Text.of("ルートユーザーに MFA が設定されています", "root user has MFA"));
    }
    if (root.consoleAccess().is(false)) {
      return Result.pass(root.resource(), Text.of(
          "ルートユーザーにパスワードがなく、サインインできません（ルートアクセスの一元管理等）",
          "root user has no password and cannot sign in (e.g. centralised root access)"));
    }
    if (!root.mfa().isKnown() || !root.consoleAccess().isKnown()) {
      return Result.unknown(root.resource(), Text.of(
          "ルートユーザーの MFA 設定を確認できませんでした", "could not read whether the root user has MFA"));
    }
    return Result.fail(root.resource(), Text.of("ルートユーザーに MFA が設定されていません", "root user has no MFA"));
  }
}
