package cloudscan.checks.backup;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.BackupVault;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A backup vault whose recovery points can be deleted or changed (ransomware, requirement 3.12).
 * A lock still in its grace time counts as unlocked. An empty vault (no recovery points, and no
 * plan writes or copies to it) holds nothing to protect and is not judged.
 */
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
        .needs(BackupVault.class, BackupPlan.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    Set<String> targeted = new HashSet<>();
    for (BackupPlan p : facts.all(BackupPlan.class)) {
      targeted.addAll(p.vaults());
      p.knownCopies().forEach(c -> {
        if (c.vault() != null) {
          targeted.add(c.vault());
        }
      });
    }
    return facts.all(BackupVault.class).stream()
        .filter(v -> !(v.recoveryPoints().is(0L) && !targeted.contains(v.resource().id())))
        .map(v -> judge(v, ctx.now()));
  }

  private static Result judge(BackupVault vault, Instant now) {
    String min = vault.minRetentionDays().isKnown()
        ? "（最短保持期間 " + vault.minRetentionDays().value() + " 日）" : "（最短保持期間の指定はありません）";
    String minEn = vault.minRetentionDays().isKnown()
        ? " (minimum retention " + vault.minRetentionDays().value() + " days)" : " (no minimum retention set)";
    boolean grace = vault.immutability() == BackupVault.Immutability.LOCKED
        && vault.immutabilityAt(now) == BackupVault.Immutability.UNLOCKED;
    return switch (vault.immutabilityAt(now)) {
      case LOCKED -> Result.pass(vault.resource(), Text.of("変更不可でロックされています" + min, "immutable and locked" + minEn));
      case UNLOCKED -> Result.warn(vault.resource(), grace
          ? Text.of("ロックは " + vault.lockEffectiveFrom().value() + " に確定します。それまではロックを解除できます",
              "the lock becomes final on " + vault.lockEffectiveFrom().value() + "; until then it can still be removed")
          : Text.of("変更不可ですが、ロックされていないため設定自体を解除できます（ガバナンスモード／未ロック）",
              "immutable, but immutability can still be switched off (governance mode / unlocked)"));
      case NONE -> Result.fail(vault.resource(), Text.of(
          "変更不可の設定がなく、権限のある者がバックアップを削除・変更できます",
          "not immutable: anyone with rights can delete or change backups"));
      case UNKNOWN -> Result.unknown(vault.resource(), Text.of(
          "変更不可の設定を確認できませんでした", "could not read the vault's immutability"));
    };
  }
}
