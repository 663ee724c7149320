package cloudscan.aws.collect.backup;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.fact.BackupVault.Immutability;
import cloudscan.core.fact.Known;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Compliance locks past their lock date cannot be made in moto (grace time is at least 3 days). */
class BackupMappingTest {

  private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

  @Test
  void complianceLock_isLockedFromItsLockDate() {
    assertThat(BackupMapping.immutability(true, NOW)).isEqualTo(Immutability.LOCKED);
  }

  @Test
  void governanceLockWithoutLockDate_isUnlocked() {
    assertThat(BackupMapping.immutability(true, null)).isEqualTo(Immutability.UNLOCKED);
  }

  @Test
  void lockedFlagMissing_isUnknownNeverNone() {
    assertThat(BackupMapping.immutability(null, null)).isEqualTo(Immutability.UNKNOWN);
  }

  @Test
  void lockDate_isWhenTheLockTakesEffect() {
    assertThat(BackupMapping.lockFrom(true, NOW)).isEqualTo(Known.of(NOW));
  }

  @Test
  void copyArnWithoutVaultPrefix_keepsResource() {
    assertThat(BackupMapping.copy("arn:aws:backup:ap-northeast-1:111122223333:other")).matches(c ->
        c.vault().equals("arn:aws:backup:ap-northeast-1:111122223333:other") && c.account().equals("111122223333"));
  }
}
