package cloudscan.checks.crypto;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.EncryptionAtRest;
import java.util.stream.Stream;

/** A data store (or an account default such as EBS encryption by default) that does not encrypt at rest. */
public final class EncryptionAtRestOff implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("crypto.encryption-at-rest-off")
        .title(Text.of("保存データが暗号化されていない", "Encryption at rest off"))
        .remediation(Text.of(
            "保存時の暗号化を有効にする（例: EBS のデフォルト暗号化、RDS の暗号化付き再作成、S3 のデフォルト暗号化）。"
                + "鍵の管理が必要なデータにはカスタマー管理鍵（KMS / Key Vault / Cloud KMS）を使う",
            "Turn on encryption at rest (e.g. EBS encryption by default, re-create RDS encrypted, S3 default "
                + "encryption); use a customer-managed key (KMS / Key Vault / Cloud KMS) where key control is needed"))
        .severity(Severity.HIGH)
        .requirements("3.6")
        .needs(EncryptionAtRest.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(EncryptionAtRest.class).stream().map(EncryptionAtRestOff::judge);
  }

  private static Result judge(EncryptionAtRest e) {
    if (!e.enabled().isKnown()) {
      return Result.unknown(e.resource(), Text.of("保存時の暗号化の設定を読み取れませんでした", "encryption at rest could not be read"));
    }
    if (!e.enabled().value()) {
      return Result.fail(e.resource(), Text.of("保存時の暗号化が無効です", "encryption at rest is off"));
    }
    return Result.pass(e.resource(), e.namesKey()
        ? Text.of("鍵 " + e.keyRef() + " で暗号化されています", "encrypted with key " + e.keyRef())
        : Text.of("クラウド事業者の既定の鍵で暗号化されています", "encrypted with the provider's default key"));
  }
}
