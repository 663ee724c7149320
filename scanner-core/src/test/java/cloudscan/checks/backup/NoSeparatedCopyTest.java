package cloudscan.checks.backup;

import static cloudscan.testkit.BackupFacts.copy;
import static cloudscan.testkit.BackupFacts.copyTo;
import static cloudscan.testkit.BackupFacts.inAccount;
import static cloudscan.testkit.BackupFacts.plan;
import static cloudscan.testkit.BackupFacts.planWritingTo;
import static cloudscan.testkit.BackupFacts.vault;
import static cloudscan.testkit.BackupFacts.vaultWith;
import static cloudscan.testkit.BackupFacts.vaultWithUnreadPoints;

import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.BackupVault.Immutability;
import cloudscan.core.fact.Fact;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoSeparatedCopyTest {

  private static final String ACCOUNT = "aws/111122223333/global";
  private static final String OTHER = "444455556666";

  private final CheckTester tester = CheckTester.of(new NoSeparatedCopy())
      .scanning("aws/" + Refs.ACCOUNT + "/global", "aws/" + OTHER + "/global");

  @Test
  void sameAccountCopyAndUnlockedVault_fails() {
    tester.given(plan("plan-1", copyTo("ap-northeast-3")), vault("v-1", Immutability.UNLOCKED))
        .expectFail(ACCOUNT).expectWarn();
  }

  @Test
  void copyToOtherAccount_passes() {
    tester.given(plan("plan-1", copy(OTHER, "ap-northeast-1")), vault("v-1", Immutability.NONE))
        .expectPass(ACCOUNT).expectMessageContains(ACCOUNT, "plan plan-1 copies to another account");
  }

  @Test
  void lockedVaultInAccount_passes() {
    tester.given(plan("plan-1", copyTo("ap-northeast-3")), vault("v-1", Immutability.LOCKED))
        .expectPass(ACCOUNT).expectMessageContains(ACCOUNT, "vault v-1 is immutable and locked");
  }

  @Test
  void planWithoutCopies_warnsOnPlan_besideAccountVerdict() {
    tester.given(plan("plan-1"), plan("plan-2", copy(OTHER, "ap-northeast-1")),
            vault("v-1", Immutability.NONE))
        .expectPass(ACCOUNT).expectWarn("plan-1").expectFail();
  }

  @Test
  void onlyCopylessPlansAndNoLock_failsAccountAndWarnsPlans() {
    tester.given(plan("plan-1"), plan("plan-2"), vault("v-1", Immutability.NONE))
        .expectFail(ACCOUNT).expectWarn("plan-1", "plan-2");
  }

  @Test
  void lockedVaultThatNothingUses_doesNotCount() {
    // False-PASS case: the plan writes to unlocked vault v-a; v-b is locked but empty and unused.
    tester.given(planWritingTo("plan-1", "v-a", copyTo("ap-northeast-3")), vault("v-a", Immutability.UNLOCKED),
            vaultWith("v-b", Immutability.LOCKED, 0))
        .expectFail(ACCOUNT);
  }

  @Test
  void lockedVaultHoldingOldPoints_whilePlansWriteElsewhere_doesNotCount() {
    tester.given(planWritingTo("plan-1", "v-a"), vault("v-a", Immutability.NONE), vault("v-b", Immutability.LOCKED))
        .expectFail(ACCOUNT).expectWarn("plan-1");
  }

  @Test
  void planWritingToALockedVault_passes() {
    tester.given(planWritingTo("plan-1", "v-b"), vault("v-a", Immutability.NONE), vault("v-b", Immutability.LOCKED))
        .expectPass(ACCOUNT).expectMessageContains(ACCOUNT, "vault v-b is immutable and locked");
  }

  @Test
  void plansNamingNoVault_andALockedVaultWhosePointsWereNotRead_isUnknown() {
    tester.given(plan("plan-1", copyTo("ap-northeast-3")), vaultWithUnreadPoints("v-1", Immutability.LOCKED))
        .expectUnknownFor(ACCOUNT).expectPass().expectFail();
  }

  @Test
  void noVaultsAndNoOtherAccountCopy_fails() {
    tester.given(plan("plan-1", copyTo("ap-northeast-3"))).expectFail(ACCOUNT);
  }

  @Test
  void vaultLockStateUnknown_isUnknownNotFail() {
    tester.given(plan("plan-1", copyTo("ap-northeast-3")), vault("v-1", Immutability.UNKNOWN))
        .expectUnknownFor(ACCOUNT).expectFail().expectPass();
  }

  @Test
  void copyDestinationAccountUnknown_isUnknownNotFail() {
    tester.given(plan("plan-1", copy(null, "ap-northeast-3")), vault("v-1", Immutability.NONE))
        .expectUnknownFor(ACCOUNT).expectFail().expectPass();
  }

  @Test
  void lockedVaultOnlyInAnotherAccount_fails() {
    tester.given(plan("plan-1", copyTo("ap-northeast-3")),
            vault(inAccount(OTHER, "backup-vault", "v-other"), Immutability.LOCKED))
        .expectFail(ACCOUNT);
  }

  @Test
  void otherAccountCopyingWithinItself_failsForThatAccount() {
    tester.given(plan("plan-1", copy(OTHER, "ap-northeast-1")),
            plan(inAccount(OTHER, "backup-plan", "plan-x"), copy(OTHER, "ap-northeast-3")))
        .expectPass(ACCOUNT).expectFail("aws/" + OTHER + "/global");
  }

  @Test
  void vaultsWithoutPlans_areNotJudged() {
    tester.given(vault("v-1", Immutability.NONE)).expectNotApplicable();
  }

  @ParameterizedTest(name = "copy to {0}, vault {1} → {2}")
  @CsvSource({
      "other, NONE, PASS",
      "other, LOCKED, PASS",
      "same, LOCKED, PASS",
      "same, UNLOCKED, FAIL",
      "same, NONE, FAIL",
      "same, UNKNOWN, UNKNOWN",
      "unknown, NONE, UNKNOWN",
      "unknown, LOCKED, PASS"})
  void separationOrLockMatrix(String copyAccount, Immutability vaultState, String outcome) {
    String account = switch (copyAccount) {
      case "other" -> OTHER;
      case "same" -> Refs.ACCOUNT;
      default -> null;
    };
    var run = tester.given(plan("plan-1", copy(account, "ap-northeast-1")), vault("v-1", vaultState));
    switch (outcome) {
      case "PASS" -> run.expectPass(ACCOUNT).expectFail();
      case "FAIL" -> run.expectFail(ACCOUNT).expectPass();
      default -> run.expectUnknownFor(ACCOUNT).expectPass().expectFail();
    }
  }

  @ParameterizedTest
  @ValueSource(classes = {BackupPlan.class, BackupVault.class})
  void collectionGap_isUnknown_neverPass(Class<? extends Fact> kind) {
    tester.givenGap(kind, Refs.awsTokyoScope()).expectUnknown();
  }
}
