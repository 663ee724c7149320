package cloudscan.core.fact;

/**
 * A backup vault: AWS Backup vault, Recovery Services / Backup vault, GCP backup vault; also an S3
 * bucket with Object Lock used for backups.
 *
 * @param minRetentionDays enforced minimum retention, null if none or unknown
 * @param softDelete       deleted backups kept recoverable; null where not applicable
 */
public record BackupVault(ResourceRef resource, Immutability immutability, Integer minRetentionDays,
    Boolean softDelete) implements Fact {

  public enum Immutability {
    /** Backups can be deleted or changed by anyone with rights. */
    NONE,
    /** Immutable, but the setting itself can still be turned off (governance mode, unlocked). */
    UNLOCKED,
    /** Immutable and locked: no one, not even the root user, can shorten retention. */
    LOCKED,
    UNKNOWN
  }
}
