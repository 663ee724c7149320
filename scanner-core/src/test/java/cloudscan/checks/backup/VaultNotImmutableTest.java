package cloudscan.checks.backup;

import cloudscan.core.fact.Known;
import cloudscan.testkit.BackupFacts;
import static cloudscan.testkit.BackupFacts.vault;

import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.BackupVault.Immutability;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VaultNotImmutableTest {

  private final CheckTester tester = CheckTester.of(new VaultNotImmutable());

  @Test
  void vaultWithoutImmutability_fails() {
    tester.given(vault("v-1", Immutability.NONE)).expectFail("v-1");
  }

  @Test
  void lockedVault_passesNamingRetention() {
    tester.given(vault("v-1", Immutability.LOCKED, 35)).expectPass("v-1")
        .expectMessageContains("v-1", "minimum retention 35 days");
  }

  @Test
  void lockedVaultWithoutRetention_passesSayingSo() {
    tester.given(vault("v-1", Immutability.LOCKED)).expectPass("v-1")
        .expectMessageContains("v-1", "no minimum retention");
  }

  @Test
  void governanceModeVault_warns() {
    tester.given(vault("v-1", Immutability.UNLOCKED, 35)).expectWarn("v-1").expectPass()
        .expectMessageContains("v-1", "can still be switched off");
  }

  @Test
  void immutabilityUnreadable_isUnknown() {
    tester.given(vault("v-1", Immutability.UNKNOWN)).expectUnknownFor("v-1").expectPass();
  }

  @Test
  void immutabilityNull_isUnknown() {
    tester.given(vault("v-1", null)).expectUnknownFor("v-1").expectPass();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"LOCKED, PASS", "UNLOCKED, WARN", "NONE, FAIL", "UNKNOWN, UNKNOWN"})
  void immutabilityMatrix(Immutability immutability, String outcome) {
    var run = tester.given(vault("v-1", immutability), vault("v-ok", Immutability.LOCKED));
    switch (outcome) {
      case "PASS" -> run.expectPass("v-1", "v-ok");
      case "WARN" -> run.expectWarn("v-1").expectPass("v-ok");
      case "FAIL" -> run.expectFail("v-1").expectPass("v-ok");
      default -> run.expectUnknownFor("v-1").expectPass("v-ok");
    }
  }

  @Test
  void emptyVaultThatNoPlanWritesTo_isNotJudged() {
    tester.given(BackupFacts.vaultWith("Default", Immutability.NONE, 0)).expectNotApplicable();
  }

  @Test
  void emptyVaultThatAPlanWritesTo_isJudged() {
    var plan = new cloudscan.core.fact.BackupPlan(Refs.aws("backup-plan", "p-1"), Known.of(35),
        java.util.List.of("Default"), Known.of(java.util.List.of()), Known.unread());
    tester.given(BackupFacts.vaultWith("Default", Immutability.NONE, 0), plan).expectFail("Default");
  }

  @Test
  void vaultWhoseRecoveryPointsWereNotCounted_isJudged() {
    tester.given(new cloudscan.core.fact.BackupVault(Refs.aws("backup-vault", "v-1"), Immutability.NONE,
        Known.notOffered(), Known.notOffered(), Known.notOffered(), Known.unread())).expectFail("v-1");
  }

  @Test
  void lockStillInItsGraceTime_isNotLockedYet() {
    tester.at("2026-06-01T00:00:00Z").given(BackupFacts.lockedFrom("v-1", "2026-06-03T00:00:00Z"))
        .expectWarn("v-1").expectPass().expectMessageContains("v-1", "2026-06-03");
  }

  @Test
  void lockPastItsGraceTime_passes() {
    tester.at("2026-06-04T00:00:00Z").given(BackupFacts.lockedFrom("v-1", "2026-06-03T00:00:00Z")).expectPass("v-1");
  }

  @Test
  void lockedVaultWhoseLockDateWasNotRead_isUnknown() {
    tester.given(new cloudscan.core.fact.BackupVault(Refs.aws("backup-vault", "v-1"), Immutability.LOCKED,
        Known.unread(), Known.notOffered(), Known.notOffered(), Known.of(3L))).expectUnknownFor("v-1").expectPass();
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(BackupVault.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
