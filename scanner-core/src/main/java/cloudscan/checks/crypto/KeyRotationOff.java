package cloudscan.checks.crypto;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.CryptoKey;
import java.util.stream.Stream;

/** A customer-managed symmetric key that is never rotated automatically. */
public final class KeyRotationOff implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("crypto.key-rotation-off")
        .title(Text.of("対称鍵の自動ローテーションが無効", "Symmetric key rotation disabled"))
        .remediation(Text.of(
            "カスタマー管理の対称鍵で自動ローテーションを有効にする（AWS KMS: EnableKeyRotation、"
                + "Azure Key Vault: ローテーションポリシー、Cloud KMS: rotationPeriod）",
            "Turn on automatic rotation for customer-managed symmetric keys (AWS KMS EnableKeyRotation, "
                + "Azure Key Vault rotation policy, Cloud KMS rotationPeriod)"))
        .severity(Severity.MEDIUM)
        .requirements("3.6")
        .needs(CryptoKey.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(CryptoKey.class).stream()
        .filter(k -> k.customerManaged() && k.state() != CryptoKey.KeyState.DISABLED
            && k.state() != CryptoKey.KeyState.PENDING_DELETION && k.state() != CryptoKey.KeyState.PENDING_IMPORT)
        .filter(k -> k.isSymmetric() || k.usage() == CryptoKey.KeyUsage.UNKNOWN)
        .map(KeyRotationOff::judge);
  }

  private static Result judge(CryptoKey key) {
    if (key.usage() == CryptoKey.KeyUsage.UNKNOWN || key.state() == CryptoKey.KeyState.UNKNOWN) {
      // Could be an enabled symmetric key: never skip it silently.
      return Result.unknown(key.resource(), Text.of(
          "鍵の用途または状態を読み取れないため、ローテーションの要否を判定できません",
          "key usage or state unreadable: cannot tell whether rotation applies"));
    }
    Boolean on = key.rotationEnabled();
    if (on == null) {
      return Result.unknown(key.resource(), Text.of(
          "自動ローテーションの設定を読み取れませんでした", "rotation setting could not be read"));
    }
    if (!on) {
      return Result.fail(key.resource(), Text.of(
          "カスタマー管理の対称鍵で自動ローテーションが無効です", "automatic rotation is off for this customer-managed symmetric key"));
    }
    Integer days = key.rotationPeriodDays();
    return Result.pass(key.resource(), days == null
        ? Text.of("自動ローテーションが有効です", "automatic rotation is on")
        : Text.of("自動ローテーションが有効です（" + days + " 日ごと）", "automatic rotation is on (every " + days + " days)"));
  }
}
