package cloudscan.aws.collect.backup;

import cloudscan.core.fact.BackupPlan.Copy;
import cloudscan.core.fact.BackupVault.Immutability;
import cloudscan.core.fact.Known;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.arns.Arn;
import software.amazon.awssdk.services.backup.model.BackupRule;
import software.amazon.awssdk.services.backup.model.Lifecycle;

/** How AWS Backup's vault-lock fields and plan rules read as facts. */
final class BackupMapping {

  /** A rule whose recovery points are never deleted keeps them "forever". */
  static final int KEPT_FOREVER = Integer.MAX_VALUE;

  private static final String VAULT_PREFIX = "backup-vault:";

  private BackupMapping() { }

  /**
   * {@code Locked} is true for every vault with Vault Lock, including governance mode (no lock
   * date: anyone allowed can remove the lock) and compliance mode in its grace time (lock date in
   * the future). A compliance lock is LOCKED from its lock date ({@link #lockFrom}); the check
   * compares that date with the evaluation time.
   */
  static Immutability immutability(Boolean locked, Instant lockDate) {
    if (locked == null) {
      return Immutability.UNKNOWN;
    }
    if (!locked) {
      return Immutability.NONE;
    }
    return lockDate != null ? Immutability.LOCKED : Immutability.UNLOCKED;
  }

  /** When a compliance-mode lock becomes irrevocable (its lock date). */
  static Known<Instant> lockFrom(Boolean locked, Instant lockDate) {
    return Boolean.TRUE.equals(locked) && lockDate != null ? Known.of(lockDate) : Known.notOffered();
  }

  static Integer days(Long value) {
    return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value);
  }

  /** A vault's enforced minimum retention; none set is "not offered" for that vault. */
  static Known<Integer> minRetention(Long value) {
    return value == null ? Known.notOffered() : Known.of(days(value));
  }

  /** Longest DeleteAfterDays among the rules; a rule without one keeps its backups forever. */
  static Integer retentionDays(List<BackupRule> rules) {
    Integer longest = null;
    for (BackupRule rule : rules) {
      Lifecycle lc = rule.lifecycle();
      int days = lc == null || lc.deleteAfterDays() == null ? KEPT_FOREVER : days(lc.deleteAfterDays());
      longest = longest == null ? days : Math.max(longest, days);
    }
    return longest;
  }

  /** {@code arn:aws:backup:ap-northeast-3:444455556666:backup-vault:Name} → account, region, vault. */
  static List<Copy> copies(List<BackupRule> rules) {
    return rules.stream().flatMap(r -> r.copyActions().stream())
        .map(c -> copy(c.destinationBackupVaultArn()))
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  /** The vault is named by its ARN, the ID its {@code BackupVault} fact carries. */
  static Copy copy(String vaultArn) {
    return Arn.tryFromString(vaultArn)
        .map(arn -> new Copy(arn.accountId().orElse(null), arn.region().orElse(null), vaultArn))
        .orElse(null);
  }

  /** ARNs of the vaults the rules write to, in the plan's own account and region. */
  static List<String> targetVaults(List<BackupRule> rules, String partition, String region, String account) {
    return rules.stream().map(BackupRule::targetBackupVaultName).filter(Objects::nonNull)
        .map(name -> "arn:" + partition + ":backup:" + region + ":" + account + ":" + VAULT_PREFIX + name)
        .distinct().toList();
  }
}
