package cloudscan.azure.collect.backup;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.backup.NoSeparatedCopy;
import cloudscan.checks.backup.VaultNotImmutable;
import cloudscan.checks.residency.ReplicaOutsideJapan;
import cloudscan.core.check.Status;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.Known;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BackupCollectorsTest {

  static final String S = "/subscriptions/" + SUB;
  static final String RS = S + "/resourceGroups/rg-backup/providers/Microsoft.RecoveryServices/vaults";
  static final String DP = S + "/resourceGroups/rg-backup/providers/Microsoft.DataProtection/backupVaults";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
    fake.get(S + "/locations", "backup/locations.json")
        .get(S + "/providers/Microsoft.RecoveryServices/vaults", "backup/rsv-vaults.json")
        .get(RS + "/rsv-locked/backupPolicies", "backup/rsv-locked-policies.json")
        .get(RS + "/rsv-locked/backupProtectedItems", "backup/rsv-locked-items.json")
        .list(RS + "/rsv-open/backupPolicies").list(RS + "/rsv-open/backupProtectedItems")
        .get(S + "/providers/Microsoft.DataProtection/backupVaults", "backup/dp-vaults.json")
        .get(DP + "/bv-blobs/backupPolicies", "backup/dp-policies.json")
        .get(DP + "/bv-blobs/backupInstances", "backup/dp-instances.json");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new RecoveryServicesCollector(clients), new DataProtectionCollector(clients));
  }

  @Test
  void deniedVaultList_isUnknownNeverPass() {
    fake.error("GET", S + "/providers/Microsoft.RecoveryServices/vaults", 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.judge(new VaultNotImmutable()).has(Status.UNKNOWN), c.verdict(new VaultNotImmutable(), "vaults/bv-blobs")))
        .containsExactly(true, Status.WARN);
  }

  @Test
  void lockedVault_passes_unlockedWarns_andNoImmutabilityFails() {
    Collected c = collect();
    assertThat(List.of(c.verdict(new VaultNotImmutable(), "vaults/rsv-locked"), c.verdict(new VaultNotImmutable(), "vaults/bv-blobs"),
        c.verdict(new VaultNotImmutable(), "vaults/rsv-open"))).containsExactly(Status.PASS, Status.WARN, Status.FAIL);
  }

  @Test
  void alwaysOnSoftDelete_isRead() {
    assertThat(collect().one(BackupVault.class, "vaults/rsv-locked").softDelete()).isEqualTo(Known.of(BackupVault.SoftDelete.ALWAYS_ON));
  }

  @Test
  void geoRedundantBackupStorage_replicatesToThePairedRegionInJapan() {
    assertThat(collect().verdict(new ReplicaOutsideJapan(), "vaults/rsv-locked")).isEqualTo(Status.PASS);
  }

  @Test
  void policy_selectsItsProtectedItems_withItsLongestRetention() {
    BackupPlan plan = collect().one(BackupPlan.class, "backuppolicies/dailyvm");
    assertThat(List.of(plan.retentionDays(), plan.selections().value().get(0).resources().get(0)))
        .containsExactly(Known.of(390), "/subscriptions/" + SUB + "/resourcegroups/rg-app/providers/microsoft.compute/virtualmachines/vm-web");
  }

  @Test
  void aLockedVaultInTheSubscription_passesSeparation() {
    assertThat(collect().verdict(new NoSeparatedCopy(), SUB + "/global")).isEqualTo(Status.PASS);
  }
}
