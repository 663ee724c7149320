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

/** The root user (account owner) can sign in without multi-factor authentication. */
public final class RootMfaOff implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("iam.root-mfa-off")
        .title(Text.of("ルートユーザーに多要素認証が設定されていない", "Root user without MFA"))
        .remediation(Text.of(
            "ルートユーザーにハードウェアまたは仮想 MFA デバイスを登録し、通常の作業には使用しない",
            "Register a hardware or virtual MFA device for the root user and do not use it for "
                + "everyday work"))
        .severity(Severity.CRITICAL)
        .requirements("3.5")
        .needs(Principal.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(Principal.class).stream()
        .filter(p -> p.kind() == Principal.Kind.ROOT)
        .map(RootMfaOff::judge);
  }

  private static Result judge(Principal root) {
    if (root.mfaEnabled() == null) {
      return Result.unknown(root.resource(), Text.of(
          "ルートユーザーの MFA 設定を確認できませんでした",
          "could not read whether the root user has MFA"));
    }
    return Result.judge(root.resource(), root.mfaEnabled(),
        Text.of("ルートユーザーに MFA が設定されています", "root user has MFA"),
        Text.of("ルートユーザーに MFA が設定されていません", "root user has no MFA"));
  }
}
