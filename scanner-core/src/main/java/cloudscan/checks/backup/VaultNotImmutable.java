package cloudscan.checks.backup;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.BackupVault;
import java.util.stream.Stream;

/** A backup vault whose recovery points can be deleted or changed (ransomware, requirement 3.12). */
public final class VaultNotImmutable implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("backup.vault-not-immutable")
        .title(Text.of("バックアップ保管庫が変更不可（イミュータブル）になっていない",
            "Backup vault not immutable"))
        .remediation(Text.of(
            "保管庫のイミュータブル設定をロックする（AWS Backup Vault Lock のコンプライアンスモード、S3 Object Lock の"
                + "コンプライアンスモード、Azure のイミュータブル保管庫のロック、GCP バックアップ保管庫の保持の強制）",
            "Lock the vault's immutability (AWS Backup Vault Lock in compliance mode, S3 Object Lock "
                + "in compliance mode, Azure immutable vault locked, GCP backup vault enforced retention)"))
        .severity(Severity.HIGH)
        .requirements("3.12")
        .needs(BackupVault.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(BackupVault.class).stream().map(VaultNotImmutable::judge);
  }

  private static Result judge(BackupVault vault) {
    BackupVault.Immutability imm = vault.immutability() == null
        ? BackupVault.Immutability.UNKNOWN : vault.immutability();
    return switch (imm) {
      case LOCKED -> Result.pass(vault.resource(), vault.minRetentionDays() == null
          ? Text.of("変更不可でロックされています（最短保持期間の指定はありません）",
              "immutable and locked (no minimum retention set)")
          : Text.of("変更不可でロックされています（最短保持期間 " + vault.minRetentionDays() + " 日）",
              "immutable and locked (minimum retention " + vault.minRetentionDays() + " days)"));
      case UNLOCKED -> Result.warn(vault.resource(), Text.of(
          "変更不可ですが、ロックされていないため設定自体を解除できます（ガバナンスモード／未ロック）",
          "immutable, but immutability can still be switched off (governance mode / unlocked)"));
      case NONE -> Result.fail(vault.resource(), Text.of(
          "変更不可の設定がなく、権限のある者がバックアップを削除・変更できます",
          "not immutable: anyone with rights can delete or change backups"));
      case UNKNOWN -> Result.unknown(vault.resource(), Text.of(
          "変更不可の設定を確認できませんでした", "could not read the vault's immutability"));
    };
  }
}
