package cloudscan.azure.collect.compute;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.crypto.EncryptionAtRestOff;
import cloudscan.checks.resilience.SingleZoneStore;
import cloudscan.core.check.Status;
import cloudscan.core.fact.EncryptionAtRest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiskCollectorTest {

  static final String S = "/subscriptions/" + SUB + "/providers/Microsoft.Compute/";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new DiskCollector(clients));
  }

  @Test
  void deniedDiskList_isAGap_andEncryptionUnknownNeverPass() {
    fake.error("GET", S + "disks", 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.judge(new EncryptionAtRestOff()).has(Status.UNKNOWN), c.judge(new EncryptionAtRestOff()).has(Status.PASS)))
        .containsExactly(true, false);
  }

  @Test
  void deniedDiskEncryptionSets_leaveTheCustomerKeyDiskUnjudged_neverPlatformKey() {
    fake.get(S + "disks", "compute/disks.json").error("GET", S + "diskEncryptionSets", 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.gaps().get(0).operation(), c.all(EncryptionAtRest.class).size(),
        c.all(EncryptionAtRest.class).get(0).resource().id().endsWith("/disk-web-os")))
        .containsExactly("compute:DiskEncryptionSets_List", 1, true);
  }

  @Test
  void customerKeyDisk_namesItsKeyVersionless_andPlatformKeyDiskNamesNone() {
    fake.get(S + "disks", "compute/disks.json").get(S + "diskEncryptionSets", "compute/des.json");
    Collected c = collect();
    assertThat(List.of(String.valueOf(c.one(EncryptionAtRest.class, "/disk-juminhyo-data").keyRef()),
        String.valueOf(c.one(EncryptionAtRest.class, "/disk-web-os").keyRef()),
        c.verdict(new EncryptionAtRestOff(), "/disk-juminhyo-data").toString()))
        .containsExactly("https://kv-locked.vault.azure.net/keys/cmk-storage", "null", "PASS");
  }

  @Test
  void locallyRedundantDisk_failsSingleZone_andZoneRedundantPasses() {
    fake.get(S + "disks", "compute/disks.json").get(S + "diskEncryptionSets", "compute/des.json");
    Collected c = collect();
    assertThat(List.of(c.verdict(new SingleZoneStore(), "/disk-web-os"), c.verdict(new SingleZoneStore(), "/disk-juminhyo-data")))
        .containsExactly(Status.FAIL, Status.PASS);
  }
}
