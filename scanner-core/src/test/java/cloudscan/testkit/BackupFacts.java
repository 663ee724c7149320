package cloudscan.testkit;

import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.BackupPlan.Copy;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.BackupVault.Immutability;
import cloudscan.core.fact.ResourceRef;
import java.util.List;

/**
 * Builders for backup facts in the default test account (Tokyo) unless a {@link ResourceRef} is
 * given: {@code vault("v-1", LOCKED, 30)}, {@code plan("plan-1", copy("444455556666", TOKYO))}.
 */
public final class BackupFacts {

  private BackupFacts() { }

  public static BackupVault vault(String id, Immutability immutability) {
    return vault(id, immutability, null);
  }

  public static BackupVault vault(String id, Immutability immutability, Integer minRetentionDays) {
    return new BackupVault(Refs.aws("backup-vault", id), immutability, minRetentionDays, null);
  }

  public static BackupVault vault(ResourceRef ref, Immutability immutability) {
    return new BackupVault(ref, immutability, null, null);
  }

  public static BackupPlan plan(String id, Copy... copies) {
    return plan(Refs.aws("backup-plan", id), copies);
  }

  public static BackupPlan plan(ResourceRef ref, Copy... copies) {
    return new BackupPlan(ref, 35, List.of(copies));
  }

  /** A copy to {@code account} in {@code location}; either may be null (unknown). */
  public static Copy copy(String account, String location) {
    return new Copy(account, location, "copy-vault");
  }

  /** A copy in the default test account to {@code location}. */
  public static Copy copyTo(String location) {
    return copy(Refs.ACCOUNT, location);
  }

  /** A reference in another AWS account (Tokyo). */
  public static ResourceRef inAccount(String account, String type, String id) {
    return Refs.of(cloudscan.core.fact.Cloud.AWS, account, Refs.TOKYO, type, id);
  }
}
