package cloudscan.aws.collect.backup;

import cloudscan.core.fact.BackupPlan.Copy;
import cloudscan.core.fact.BackupVault.Immutability;
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
   * the future). Only a compliance lock past its lock date is immutable.
   */
  static Immutability immutability(Boolean locked, Instant lockDate, Instant now) {
    if (!Boolean.TRUE.equals(locked)) {
      return Immutability.NONE;
    }
    return lockDate != null && !lockDate.isAfter(now) ? Immutability.LOCKED : Immutability.UNLOCKED;
  }

  static Integer days(Long value) {
    return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value);
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

  static Copy copy(String vaultArn) {
    return Arn.tryFromString(vaultArn).map(arn -> {
      String resource = arn.resourceAsString();
      String vault = resource.startsWith(VAULT_PREFIX) ? resource.substring(VAULT_PREFIX.length()) : resource;
      return new Copy(arn.accountId().orElse(null), arn.region().orElse(null), vault);
    }).orElse(null);
  }
}
