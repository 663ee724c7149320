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
import cloudscan.core.fact.PasswordPolicy;
import cloudscan.core.fact.PasswordPolicy.CharClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Requirement 3.5 asks for passwords of sufficient length (8+ recommended, the catalog's
 * threshold) that are hard to guess, "using upper and lower case letters and mixing in digits or
 * symbols": read as every password containing at least three of the four character classes. The
 * same rule on every cloud: a customer's policy, AWS's default policy and Entra ID's fixed rule
 * are judged alike. A GCP project has no password policy of its own (the rule lives in Cloud
 * Identity / Google Workspace, which the scan cannot read): it is a WARN to confirm the rule there,
 * never silence. "Not offered" from any other cloud, which does offer one, is UNKNOWN.
 */
public final class PasswordPolicyWeak implements Check {

  /** Character classes every password must contain (3.5: "upper and lower case, digits or symbols"). */
  static final int MIN_CLASSES = 3;

  private static final Map<CharClass, String> CLASS_JA = Map.of(CharClass.UPPER, "英大文字",
      CharClass.LOWER, "英小文字", CharClass.DIGITS, "数字", CharClass.SYMBOLS, "記号");

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("iam.password-policy-weak")
        .title(Text.of("パスワードポリシーが弱い", "Password policy too weak"))
        .remediation(Text.of(
            "パスワードポリシーを設定し、最小長を 8 文字以上とし、英大文字・英小文字・数字・記号のうち 3 種類以上を必須にする",
            "Set a password policy with a minimum length of 8 or more that requires at least three of "
                + "upper case, lower case, digits and symbols"))
        .severity(Severity.HIGH)
        .requirements("3.5")
        .expects(Expectation.perAccount(PasswordPolicy.class).fail(Text.of(
            "パスワードポリシーを確認しましたが見つかりませんでした", "looked for the password policy and found none")))
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    int minLength = ctx.thresholds().minPasswordLength();
    return facts.all(PasswordPolicy.class).stream()
        .map(p -> p.source() == PasswordPolicy.Source.NOT_OFFERED ? notOffered(p) : judge(p, minLength));
  }

  /** The per-cloud rule for a policy the account does not offer. */
  private static Result notOffered(PasswordPolicy p) {
    if (p.resource().cloud() == Cloud.GCP) {
      return Result.warn(p.resource(), Text.of(
          "GCP のプロジェクトにはパスワードポリシーがありません。Google アカウントのパスワードのルールは Cloud Identity／"
              + "Google Workspace（管理コンソールのパスワード管理）で設定され、このスキャンでは読み取れないため、そちらで"
              + "最小長と文字種を確認してください",
          "GCP projects have no password policy: Google accounts' password rule is set in Cloud Identity / "
              + "Google Workspace (Admin console, password management), which this scan cannot read; confirm "
              + "the minimum length and character classes there"));
    }
    return Result.unknown(p.resource(), Text.of(
        "このクラウドにはパスワードポリシーがあるはずですが「提供なし」と記録されています。判定できません",
        "this cloud offers a password policy, but the snapshot says it is not offered: cannot judge"));
  }

  private static Result judge(PasswordPolicy policy, int minLength) {
    String origin = policy.source() == PasswordPolicy.Source.PROVIDER_DEFAULT ? "（事業者の既定ルール）" : "";
    String originEn = policy.source() == PasswordPolicy.Source.PROVIDER_DEFAULT ? " (the provider's default rule)" : "";
    List<String> ja = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (policy.minLength() < minLength) {
      ja.add("最小長が " + policy.minLength() + " 文字です（" + minLength + " 文字以上が必要）");
      en.add("minimum length is " + policy.minLength() + " (needs " + minLength + " or more)");
    }
    int classes = policy.guaranteedClasses();
    if (classes < MIN_CLASSES) {
      ja.add("必ず含まれる文字種が " + classes + " 種類です（英大文字・英小文字・数字・記号のうち " + MIN_CLASSES + " 種類以上が必要）");
      en.add("passwords are guaranteed only " + classes + " character class(es) (needs " + MIN_CLASSES
          + " of upper, lower, digits, symbols)");
    }
    String rule = describe(policy);
    if (ja.isEmpty()) {
      return Result.pass(policy.resource(), Text.of(rule + origin + "。要件を満たします",
          describeEn(policy) + originEn + ": meets the requirement"));
    }
    return Result.fail(policy.resource(), Text.of(String.join("。", ja) + origin,
        String.join("; ", en) + originEn));
  }

  private static String describe(PasswordPolicy p) {
    String required = p.requiredClasses().isEmpty() ? ""
        : "、必須の文字種: " + String.join("・", p.requiredClasses().stream().sorted().map(CLASS_JA::get).toList());
    String min = p.minClasses() > 0 ? "、" + p.minClasses() + " 種類以上の文字種" : "";
    return "最小長 " + p.minLength() + " 文字" + required + min;
  }

  private static String describeEn(PasswordPolicy p) {
    String required = p.requiredClasses().isEmpty() ? ""
        : ", required: " + String.join(", ", p.requiredClasses().stream().sorted().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList());
    String min = p.minClasses() > 0 ? ", at least " + p.minClasses() + " character classes" : "";
    return "minimum length " + p.minLength() + required + min;
  }
}
