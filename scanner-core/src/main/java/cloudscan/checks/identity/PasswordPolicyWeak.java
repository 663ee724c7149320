package cloudscan.checks.identity;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.PasswordPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** No password policy, or one that allows short passwords or fewer than four character classes. */
public final class PasswordPolicyWeak implements Check {

  private static final Map<String, String> CLASS_JA =
      Map.of("upper", "英大文字", "lower", "英小文字", "digits", "数字", "symbols", "記号");

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("iam.password-policy-weak")
        .title(Text.of("パスワードポリシーが弱い", "Password policy too weak"))
        .remediation(Text.of(
            "パスワードポリシーを設定し、最小長を 8 文字以上とし、英大文字・英小文字・数字・記号をすべて必須にする",
            "Set a password policy with a minimum length of 8 or more that requires upper case, "
                + "lower case, digits and symbols"))
        .severity(Severity.HIGH)
        .requirements("3.5")
        .needs(PasswordPolicy.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    int minLength = ctx.thresholds().minPasswordLength();
    return facts.all(PasswordPolicy.class).stream().map(p -> judge(p, minLength));
  }

  private static Result judge(PasswordPolicy policy, int minLength) {
    if (!policy.present()) {
      return Result.fail(policy.resource(), Text.of(
          "パスワードポリシーが設定されていません。クラウド事業者の既定値が適用されます",
          "no password policy: provider defaults apply"));
    }
    List<String> ja = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (policy.minLength() < minLength) {
      ja.add("最小長が " + policy.minLength() + " 文字です（" + minLength + " 文字以上が必要）");
      en.add("minimum length is " + policy.minLength() + " (needs " + minLength + " or more)");
    }
    List<String> missing = policy.missingClasses();
    if (!missing.isEmpty()) {
      ja.add("必須になっていない文字種があります：" + String.join("・", missing.stream().map(CLASS_JA::get).toList()));
      en.add("character classes not required: " + String.join(", ", missing));
    }
    if (ja.isEmpty()) {
      return Result.pass(policy.resource(), Text.of(
          "最小長 " + policy.minLength() + " 文字、英大文字・英小文字・数字・記号がすべて必須です",
          "minimum length " + policy.minLength() + ", all four character classes required"));
    }
    return Result.fail(policy.resource(), Text.of(String.join("。", ja), String.join("; ", en)));
  }
}
