package cloudscan.aws.collect.backup;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.fact.BackupVault.Immutability;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Compliance locks past their lock date cannot be made in moto (grace time is at least 3 days). */
class BackupMappingTest {

  private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

  @Test
  void complianceLockPastLockDate_isLocked() {
    assertThat(BackupMapping.immutability(true, NOW.minusSeconds(1), NOW)).isEqualTo(Immutability.LOCKED);
  }

  @Test
  void complianceLockBeforeLockDate_isUnlocked() {
    assertThat(BackupMapping.immutability(true, NOW.plusSeconds(1), NOW)).isEqualTo(Immutability.UNLOCKED);
  }

  @Test
  void lockedUnknownFromEmulator_isNone() {
    assertThat(BackupMapping.immutability(null, null, NOW)).isEqualTo(Immutability.NONE);
  }

  @Test
  void copyArnWithoutVaultPrefix_keepsResource() {
    assertThat(BackupMapping.copy("arn:aws:backup:ap-northeast-1:111122223333:other")).matches(c ->
        c.vault().equals("other") && c.account().equals("111122223333"));
  }
}
