package cloudscan.checks.crypto;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.CryptoKey.KeyState;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A customer-managed key that the cloud can rotate automatically but does not: every symmetric key
 * (encryption or wrapping, whatever its usage), and asymmetric keys where the cloud offers
 * automatic rotation (Azure Key Vault rotation policies apply to RSA and EC keys, the usual
 * customer-managed keys there). Where the cloud cannot rotate a symmetric or HMAC key automatically
 * (HMAC keys, imported key material), the key gets a WARN advising rotation by hand; asymmetric
 * keys the cloud cannot rotate (AWS KMS, Cloud KMS) are not judged.
 */
public final class KeyRotationOff implements Check {

  private static final Set<KeyState> IDLE = Set.of(KeyState.DISABLED, KeyState.PENDING_DELETION, KeyState.PENDING_IMPORT);

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("crypto.key-rotation-off")
        .title(Text.of("鍵の自動ローテーションが無効", "Key rotation disabled"))
        .remediation(Text.of(
            "カスタマー管理の鍵で自動ローテーションを有効にする（AWS KMS: EnableKeyRotation、"
                + "Azure Key Vault: ローテーションポリシー、Cloud KMS: rotationPeriod）。自動ローテーションできない鍵"
                + "（HMAC 鍵、インポートした鍵素材）は、新しい鍵を作って切り替える手動ローテーションを定期的に行う",
            "Turn on automatic rotation for customer-managed keys (AWS KMS EnableKeyRotation, "
                + "Azure Key Vault rotation policy, Cloud KMS rotationPeriod); rotate keys the cloud cannot "
                + "rotate (HMAC keys, imported key material) by hand on a schedule: create a new key and switch to it"))
        .severity(Severity.MEDIUM)
        .requirements("3.6")
        .needs(CryptoKey.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(CryptoKey.class).stream()
        .filter(k -> !k.customerManaged().is(false) && !IDLE.contains(k.state()))
        .filter(k -> !k.spec().isKnown() || k.isSymmetric() || k.isMac() || !k.rotation().isNotOffered())
        .map(KeyRotationOff::judge);
  }

  private static Result judge(CryptoKey key) {
    if (!key.spec().isKnown() || !key.customerManaged().isKnown() || key.state() == KeyState.UNKNOWN) {
      return Result.unknown(key.resource(), Text.of(
          "鍵の種類・管理者・状態のいずれかを読み取れないため、ローテーションの要否を判定できません",
          "key type, owner or state unreadable: cannot tell whether rotation applies"));
    }
    switch (key.rotation().state()) {
      case UNREAD:
        return Result.unknown(key.resource(), Text.of(
            "自動ローテーションの設定を読み取れませんでした", "rotation setting could not be read"));
      case NOT_OFFERED:
        return Result.warn(key.resource(), Text.of(
            (key.isMac() ? "HMAC 鍵" : "この鍵（インポートした鍵素材等）") + "はクラウドが自動ローテーションできません。"
                + "新しい鍵を作って切り替える手動ローテーションを定期的に行ってください",
            (key.isMac() ? "the cloud cannot rotate HMAC keys" : "the cloud cannot rotate this key (imported key material or similar)")
                + " automatically: rotate it by hand on a schedule (create a new key and switch to it)"));
      default:
        break;
    }
    if (!key.rotation().value()) {
      return Result.fail(key.resource(), key.isSymmetric()
          ? Text.of("カスタマー管理の対称鍵で自動ローテーションが無効です",
              "automatic rotation is off for this customer-managed symmetric key")
          : Text.of("クラウドが自動ローテーションできる鍵ですが、自動ローテーションが無効です（ローテーションポリシーなし）",
              "the cloud can rotate this key automatically, but rotation is off (no rotation policy)"));
    }
    return Result.pass(key.resource(), key.rotationPeriodDays().isKnown()
        ? Text.of("自動ローテーションが有効です（" + key.rotationPeriodDays().value() + " 日ごと）",
            "automatic rotation is on (every " + key.rotationPeriodDays().value() + " days)")
        : Text.of("自動ローテーションが有効です", "automatic rotation is on"));
  }
}
