package cloudscan.aws.collect.backup;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.BackupVault.Immutability;
import cloudscan.core.fact.Located;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupRuleInput;

@ExtendWith(MotoExtension.class)
class BackupCollectorTest {

  private static final String ISOLATED = "arn:aws:backup:ap-northeast-3:444455556666:backup-vault:isolated";

  private static AwsClients clients;
  private static Collected facts;
  private static String localOnly;
  private static String separated;

  @BeforeAll
  static void seedAndScan() {
    BackupClient backup = MotoAws.seed(BackupClient.class, BackupClient::builder);
    backup.createBackupVault(r -> r.backupVaultName("open"));
    backup.createBackupVault(r -> r.backupVaultName("governance"));
    backup.putBackupVaultLockConfiguration(r -> r.backupVaultName("governance").minRetentionDays(7L));
    backup.createBackupVault(r -> r.backupVaultName("compliance-grace"));
    backup.putBackupVaultLockConfiguration(r -> r.backupVaultName("compliance-grace").minRetentionDays(30L)
        .changeableForDays(3L));
    localOnly = backup.createBackupPlan(r -> r.backupPlan(p -> p.backupPlanName("local-only")
        .rules(rule("daily", 35L).build()))).backupPlanArn();
    separated = backup.createBackupPlan(r -> r.backupPlan(p -> p.backupPlanName("separated").rules(
        rule("daily", 7L).copyActions(c -> c.destinationBackupVaultArn(ISOLATED)).build(),
        BackupRuleInput.builder().ruleName("monthly").targetBackupVaultName("governance")
            .scheduleExpression("cron(0 3 1 * ? *)").build()))).backupPlanArn();
    clients = MotoAws.scanClients();
    facts = MotoAws.collect(new BackupCollector(clients), MotoAws.regional());
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  private static BackupRuleInput.Builder rule(String name, long deleteAfterDays) {
    return BackupRuleInput.builder().ruleName(name).targetBackupVaultName("open")
        .scheduleExpression("cron(0 3 * * ? *)").lifecycle(l -> l.deleteAfterDays(deleteAfterDays));
  }

  @Test
  void vaultWithoutLock_isMutable() {
    assertThat(facts.one(BackupVault.class, ":backup-vault:open").immutability()).isEqualTo(Immutability.NONE);
  }

  @Test
  void governanceLock_isUnlockedWithItsMinimumRetention() {
    assertThat(facts.one(BackupVault.class, ":backup-vault:governance")).matches(v ->
        v.immutability() == Immutability.UNLOCKED && v.minRetentionDays().is(7));
  }

  @Test
  void complianceLockInGraceTime_isStillUnlocked() {
    assertThat(facts.one(BackupVault.class, "compliance-grace").immutabilityAt(Instant.now())).isEqualTo(Immutability.UNLOCKED);
  }

  @Test
  void everyVault_isLocated() {
    assertThat(facts.all(Located.class)).hasSize(3);
  }

  @Test
  void planWithoutCopies_keepsItsLongestRetentionAndCopiesNowhere() {
    assertThat(facts.one(BackupPlan.class, localOnly)).matches(p -> p.retentionDays().is(35) && p.copies().is(List.of()));
  }

  @Test
  void copyToOtherAccountInOsaka_isSeparatedInJapan() {
    assertThat(facts.one(BackupPlan.class, separated)).matches(p -> p.copiesToOtherAccount()
        && p.copiesToOtherJapaneseLocation() && p.knownCopies().get(0).vault().equals(ISOLATED));
  }

  @Test
  void ruleWithoutDeletion_keepsBackupsForever() {
    assertThat(facts.one(BackupPlan.class, separated).retentionDays().value()).isEqualTo(BackupMapping.KEPT_FOREVER);
  }

  @Test
  void selectionsTheEmulatorCannotList_areUnreadNeverNone() {
    assertThat(facts.one(BackupPlan.class, localOnly).selections().isUnread()).isTrue();
  }

  @Test
  void unlistableSelections_areAnUnsupportedGapOnBackupPlans() {
    assertThat(facts.gaps()).isNotEmpty().allMatch(g -> g.kinds().equals(java.util.Set.of(BackupPlan.class))
        && cloudscan.aws.collect.AwsErrors.describe(g.error()).kind() == cloudscan.core.snapshot.GapKind.UNSUPPORTED);
  }

  @Test
  void planRules_nameTheVaultsTheyWriteTo() {
    assertThat(facts.one(BackupPlan.class, separated).vaults()).containsExactlyInAnyOrder(
        "arn:aws:backup:ap-northeast-1:123456789012:backup-vault:open",
        "arn:aws:backup:ap-northeast-1:123456789012:backup-vault:governance");
  }
}
