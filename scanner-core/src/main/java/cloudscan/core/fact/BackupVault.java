package cloudscan.core.fact;

import java.time.Instant;
import java.util.Objects;

/**
 * A backup vault: AWS Backup vault, Recovery Services / Backup vault, GCP backup vault; also an S3
 * bucket with Object Lock used for backups.
 *
 * @param lockEffectiveFrom when a LOCKED vault's lock becomes irrevocable (AWS Vault Lock in
 *                          compliance mode can be removed during its grace time);
 *                          {@link Known#notOffered()} where locking takes effect at once
 * @param minRetentionDays  enforced minimum retention; {@link Known#notOffered()} when none is set
 * @param softDelete        deleted backups kept recoverable
 * @param recoveryPoints    how many recovery points the vault holds; an empty vault that no plan
 *                          writes to is not judged for immutability
 */
public record BackupVault(ResourceRef resource, Immutability immutability,
    Known<Instant> lockEffectiveFrom, Known<Integer> minRetentionDays, Known<SoftDelete> softDelete,
    Known<Long> recoveryPoints) implements Fact {

  public enum Immutability {
    /** Backups can be deleted or changed by anyone with rights. */
    NONE,
    /** Immutable, but the setting itself can still be turned off (governance mode, unlocked). */
    UNLOCKED,
    /** Immutable and locked: no one, not even the root user, can shorten retention. */
    LOCKED,
    /** Not read, or a value this version does not recognise. */
    UNKNOWN
  }

  public enum SoftDelete { OFF, ON, ALWAYS_ON }

  public BackupVault {
    Objects.requireNonNull(resource, "resource");
    immutability = immutability == null ? Immutability.UNKNOWN : immutability;
    Objects.requireNonNull(lockEffectiveFrom, "lockEffectiveFrom");
    Objects.requireNonNull(minRetentionDays, "minRetentionDays");
    Objects.requireNonNull(softDelete, "softDelete");
    Objects.requireNonNull(recoveryPoints, "recoveryPoints");
  }

  /**
   * The immutability in force at {@code now}: a LOCKED vault still in its grace time counts as
   * UNLOCKED, and one whose lock start could not be read as UNKNOWN.
   */
  public Immutability immutabilityAt(Instant now) {
    if (immutability != Immutability.LOCKED || lockEffectiveFrom.isNotOffered()) {
      return immutability;
    }
    if (lockEffectiveFrom.isUnread()) {
      return Immutability.UNKNOWN;
    }
    return lockEffectiveFrom.value().isAfter(now) ? Immutability.UNLOCKED : Immutability.LOCKED;
  }
}
