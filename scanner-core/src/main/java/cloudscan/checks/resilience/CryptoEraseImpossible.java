package cloudscan.checks.resilience;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Requirement 3.9 asks for irrecoverable erasure at contract end. A store encrypted under a
 * customer-managed key can be crypto-erased by scheduling the key's deletion; with a provider key
 * erasure relies on the provider's process; without encryption neither works.
 */
public final class CryptoEraseImpossible implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("inventory.crypto-erase-impossible")
        .title(Text.of("契約終了時に暗号消去できないデータストア", "Data store cannot be crypto-erased"))
        .remediation(Text.of(
            "データストアを顧客管理キー（AWS KMS カスタマーマネージドキー、Azure Key Vault のキー、Cloud KMS のキー）"
                + "で暗号化し、契約終了時にキーを削除して復元不能な消去とする",
            "Encrypt the store with a customer-managed key (AWS KMS customer managed key, Azure Key "
                + "Vault key, Cloud KMS key) so that deleting the key at contract end erases the data "
                + "irrecoverably"))
        .severity(Severity.LOW)
        .requirements("3.9")
        .needs(DataStore.class, EncryptionAtRest.class, CryptoKey.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    Map<String, EncryptionAtRest> byId = facts.all(EncryptionAtRest.class).stream()
        .collect(Collectors.toMap(e -> e.resource().id(), Function.identity(), (first, later) -> first));
    // A key reference is customer-managed only if the collected key says so: AWS returns the ARN
    // of AWS-managed keys (aws/ebs, aws/rds) too, and those can never be deleted.
    Set<String> customerKeys = facts.all(CryptoKey.class).stream().filter(k -> k.customerManaged().is(true))
        .map(k -> k.resource().id()).collect(Collectors.toSet());
    return facts.all(DataStore.class).stream()
        .map(s -> judge(s, byId.get(s.resource().id()), customerKeys));
  }

  private static Result judge(DataStore store, EncryptionAtRest enc, Set<String> customerKeys) {
    if (enc == null) {
      return Result.unknown(store.resource(), Text.of(
          "保存時の暗号化の情報がありません", "no encryption-at-rest information for this store"));
    }
    if (enc.namesKey() && enc.enabled().is(true) && customerKeys.contains(enc.keyRef())) {
      return Result.pass(store.resource(), Text.of(
          "顧客管理キー " + enc.keyRef() + " で暗号化されており、契約終了時にキーの削除を予約することで暗号消去できます",
          "encrypted with customer-managed key " + enc.keyRef()
              + ": can be crypto-erased on contract end by scheduling key deletion"));
    }
    if (!enc.enabled().isKnown()) {
      return Result.unknown(store.resource(), Text.of(
          "保存時の暗号化の設定を確認できませんでした", "could not read the store's encryption at rest"));
    }
    if (!enc.enabled().value()) {
      return Result.fail(store.resource(), Text.of(
          "保存時に暗号化されていないため、暗号消去ができません",
          "not encrypted at rest: it cannot be crypto-erased"));
    }
    if (enc.namesKey()) {
      return Result.warn(store.resource(), Text.of(
          "キー " + enc.keyRef() + " が顧客管理キーであることを確認できません（事業者管理キーは削除できません）",
          "key " + enc.keyRef() + " is not confirmed as a customer-managed key (provider-managed "
              + "keys cannot be deleted)"));
    }
    return Result.warn(store.resource(), Text.of(
        "事業者管理キーで暗号化されています。復元不能な消去は事業者の手順に依存するため、顧客管理キーを検討してください",
        "encrypted with a provider-managed key: irrecoverable erasure relies on the provider's "
            + "process; consider a customer-managed key"));
  }
}
