package cloudscan.testkit;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.BackupPlan.Copy;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.BackupVault.Immutability;
import cloudscan.core.fact.ResourceRef;
import java.util.List;
import java.util.Map;
import cloudscan.core.fact.BackupPlan.Selection;

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
    return new BackupVault(Refs.aws("backup-vault", id), immutability, Known.notOffered(),
        minRetentionDays == null ? Known.notOffered() : Known.of(minRetentionDays), Known.notOffered(), Known.of(10L));
  }

  public static BackupVault vault(ResourceRef ref, Immutability immutability) {
    return new BackupVault(ref, immutability, Known.notOffered(), Known.notOffered(), Known.notOffered(), Known.of(10L));
  }

  /** A vault whose recovery points could not be read. */
  public static BackupVault vaultWithUnreadPoints(String id, Immutability immutability) {
    return new BackupVault(Refs.aws("backup-vault", id), immutability, Known.notOffered(), Known.notOffered(),
        Known.notOffered(), Known.unread());
  }

  /** A vault holding {@code points} recovery points (0: empty). */
  public static BackupVault vaultWith(String id, Immutability immutability, long points) {
    return new BackupVault(Refs.aws("backup-vault", id), immutability, Known.notOffered(), Known.notOffered(),
        Known.notOffered(), Known.of(points));
  }

  /** A LOCKED vault whose lock becomes irrevocable at {@code lockFrom} (ISO instant). */
  public static BackupVault lockedFrom(String id, String lockFrom) {
    return new BackupVault(Refs.aws("backup-vault", id), Immutability.LOCKED, Known.of(java.time.Instant.parse(lockFrom)),
        Known.notOffered(), Known.notOffered(), Known.of(10L));
  }

  public static BackupPlan plan(String id, Copy... copies) {
    return plan(Refs.aws("backup-plan", id), copies);
  }

  /** A plan that selects every resource ({@code *}) and makes {@code copies}. */
  public static BackupPlan plan(ResourceRef ref, Copy... copies) {
    return new BackupPlan(ref, Known.of(35), List.of(), Known.of(List.of(copies)),
        Known.of(List.of(new Selection(List.of("*"), Map.of(), Map.of(), List.of()))));
  }

  /** A plan that selects every resource and writes its recovery points to {@code vaultId} (a vault's ID). */
  public static BackupPlan planWritingTo(String id, String vaultId, Copy... copies) {
    return new BackupPlan(Refs.aws("backup-plan", id), Known.of(35), List.of(vaultId), Known.of(List.of(copies)),
        Known.of(List.of(new Selection(List.of("*"), Map.of(), Map.of(), List.of()))));
  }

  /** A plan with explicit selections. */
  public static BackupPlan plan(String id, List<Selection> selections, Copy... copies) {
    return new BackupPlan(Refs.aws("backup-plan", id), Known.of(35), List.of(), Known.of(List.of(copies)),
        Known.of(selections));
  }

  /** A plan whose rules could not be read. */
  public static BackupPlan unreadPlan(String id) {
    return new BackupPlan(Refs.aws("backup-plan", id), Known.unread(), List.of(), Known.unread(), Known.unread());
  }

  public static Selection byTag(String key, String value) {
    return new Selection(List.of(), Map.of(key, value), Map.of(), List.of());
  }

  public static Selection byId(String... ids) {
    return new Selection(List.of(ids), Map.of(), Map.of(), List.of());
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
