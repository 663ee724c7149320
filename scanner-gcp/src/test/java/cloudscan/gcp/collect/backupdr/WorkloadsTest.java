package cloudscan.gcp.collect.backupdr;

import static cloudscan.gcp.collect.backupdr.BackupPlanCollectorTest.ASSOCIATIONS;
import static cloudscan.gcp.collect.backupdr.BackupPlanCollectorTest.DAILY_35;
import static cloudscan.gcp.collect.backupdr.BackupPlanCollectorTest.DISK;
import static cloudscan.gcp.collect.backupdr.BackupPlanCollectorTest.PLAN;
import static cloudscan.gcp.collect.backupdr.BackupPlanCollectorTest.PLANS;
import static cloudscan.gcp.collect.backupdr.BackupPlanCollectorTest.VM;
import static cloudscan.gcp.collect.backupdr.BackupPlanCollectorTest.association;
import static cloudscan.gcp.collect.backupdr.BackupPlanCollectorTest.plan;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.Known;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The forms in which Backup and DR names a protected workload (resource name, URL, full resource
 * name, a project by number) become the IDs the other collectors' facts carry; every page is read.
 */
class WorkloadsTest {

  private final GcpFake fake = new GcpFake();
  private final BackupPlanCollectorTest kit = new BackupPlanCollectorTest();

  @AfterEach
  void stop() {
    fake.close();
    kit.stop();
  }

  private BackupPlan protecting(String resource, String type) {
    return kit.collect(plan("ACTIVE", DAILY_35), association(resource, type, PLAN, "ACTIVE")).one(BackupPlan.class, PLAN);
  }

  @Test
  void vmNamedByUrl_selectsTheVmAndItsDisk() {
    BackupPlan p = protecting("https://www.googleapis.com/compute/v1/projects/city-sandbox/zones/asia-northeast1-b/instances/app-1",
        Workloads.VM);
    assertThat(p.selects(VM, null)).isTrue();
    assertThat(p.selects(DISK, null)).isTrue();
  }

  @Test
  void diskNamedWithTheProjectNumber_selectsTheDiskAsTheDiskCollectorNamesIt() {
    assertThat(protecting("projects/111111111111/zones/asia-northeast1-b/disks/app-1", Workloads.DISK).selects(DISK, null))
        .isTrue();
  }

  @Test
  void cloudSqlInstance_selectsItAsTheCloudSqlCollectorNamesIt() {
    BackupPlan p = protecting("//sqladmin.googleapis.com/projects/city-sandbox/instances/residents-pg", Workloads.SQL);
    assertThat(p.selects("//cloudsql.googleapis.com/projects/city-sandbox/instances/residents-pg", null)).isTrue();
  }

  @Test
  void workloadOfNoStatedType_isUnknown_neverSelectedOrNot() {
    assertThat(protecting("projects/city-sandbox/zones/asia-northeast1-b/disks/app-1", "").selections())
        .isEqualTo(Known.unread());
  }

  @Test
  void vaultNamedWithTheProjectNumber_isThisProjectsVault_neverAnotherAccount() {
    BackupPlan p = kit.collect(plan("ACTIVE", DAILY_35).replace("projects/city-sandbox/locations/asia-northeast1/backupVaults",
        "projects/111111111111/locations/asia-northeast1/backupVaults"), "").one(BackupPlan.class, PLAN);
    assertThat(p.vaults()).containsExactly(BackupPlanCollectorTest.VAULT);
    assertThat(p.copiesToOtherAccount()).isFalse();
  }

  @Test
  void everyPageOfBothLists_isRead() {
    fake.get(PLANS, "{\"backupPlans\": [], \"nextPageToken\": \"p2\"}")
        .stub(WireMock.get(WireMock.urlPathEqualTo(PLANS)).withQueryParam("pageToken", WireMock.equalTo("p2")),
            "{\"backupPlans\": [" + plan("ACTIVE", DAILY_35) + "], \"unreachable\": [\"asia-east1\"]}")
        .get(ASSOCIATIONS, "{\"nextPageToken\": \"q2\"}")
        .stub(WireMock.get(WireMock.urlPathEqualTo(ASSOCIATIONS)).withQueryParam("pageToken", WireMock.equalTo("q2")),
            "{\"backupPlanAssociations\": [" + association(DISK.substring(DISK.indexOf("projects/")), Workloads.DISK, PLAN,
                "ACTIVE") + "]}");
    Collected out = new Collected();
    new BackupPlanCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    assertThat(out.one(BackupPlan.class, PLAN).selects(DISK, null)).isTrue();
    assertThat(out.gaps()).singleElement().satisfies(g -> assertThat(g.error().getMessage()).contains("asia-east1"));
  }
}
