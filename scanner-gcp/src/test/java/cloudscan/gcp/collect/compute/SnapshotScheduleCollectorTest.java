package cloudscan.gcp.collect.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.checks.residency.ReplicaOutsideJapan;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.Known;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import cloudscan.testkit.CheckTester;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Snapshot schedules as backup plans: which disks they protect and where their snapshots are kept. */
class SnapshotScheduleCollectorTest {

  private static final String POLICIES = "/compute/v1/projects/city-sandbox/aggregated/resourcePolicies";
  private static final String SETTINGS = "/compute/v1/projects/city-sandbox/global/snapshotSettings";
  private static final String PLAN = "//compute.googleapis.com/projects/city-sandbox/regions/asia-northeast1/resourcePolicies/daily";
  private static final String DISK = "//compute.googleapis.com/projects/city-sandbox/zones/asia-northeast1-b/disks/app-1";

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private static String schedule(String storage) {
    return """
        {"items": {"regions/asia-northeast1": {"resourcePolicies": [{"kind": "compute#resourcePolicy", "name": "daily",
          "region": "https://www.googleapis.com/compute/v1/projects/city-sandbox/regions/asia-northeast1",
          "selfLink": "https://www.googleapis.com/compute/v1/projects/city-sandbox/regions/asia-northeast1/resourcePolicies/daily",
          "snapshotSchedulePolicy": {"schedule": {"dailySchedule": {"daysInCycle": 1, "startTime": "04:00"}},
            "retentionPolicy": {"maxRetentionDays": 14, "onSourceDiskDelete": "KEEP_AUTO_SNAPSHOTS"},
            "snapshotProperties": {"storageLocations": [%s]}}, "status": "READY"}]},
         "regions/us-central1": {"warning": {"code": "NO_RESULTS_ON_PAGE", "message": "none"}}}}""".formatted(storage);
  }

  private Collected collect(String policies) {
    fake.get(POLICIES, policies).get("/compute/v1/projects/city-sandbox/aggregated/disks", """
        {"items": {"zones/asia-northeast1-b": {"disks": [{"name": "app-1",
          "zone": "https://www.googleapis.com/compute/v1/projects/city-sandbox/zones/asia-northeast1-b",
          "resourcePolicies": ["https://www.googleapis.com/compute/v1/projects/city-sandbox/regions/asia-northeast1/resourcePolicies/daily"],
          "selfLink": "https://www.googleapis.com/compute/v1/projects/city-sandbox/zones/asia-northeast1-b/disks/app-1"},
          {"name": "scratch", "zone": "zones/asia-northeast1-b",
          "selfLink": "https://www.googleapis.com/compute/v1/projects/city-sandbox/zones/asia-northeast1-b/disks/scratch"}]}}}""");
    Collected out = new Collected();
    new SnapshotScheduleCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  private static CheckTester.Run residency(Collected out) {
    return CheckTester.of(new ReplicaOutsideJapan()).given(out.facts()).inScope("gcp/city-sandbox/global");
  }

  @Test
  void deniedScheduleList_isANamedFailedRead_neverNoPlan() {
    fake.fail(POLICIES, 403, GcpFake.denied("compute.resourcePolicies.list"));
    assertThatThrownBy(() -> collect("{}")).isInstanceOf(GcpCall.GcpCallException.class)
        .hasMessageContaining("compute.resourcePolicies.list");
  }

  @Test
  void unreadableSnapshotSettings_leaveTheDefaultLocationUnknown_neverJapan() {
    fake.fail(SETTINGS, 403, GcpFake.denied("compute.snapshotSettings.get"));
    Collected out = collect(schedule(""));
    assertThat(out.one(BackupPlan.class, "/resourcePolicies/daily").copies()).isEqualTo(Known.unread());
    residency(out).expectUnknownFor(PLAN);
  }

  @Test
  void scheduleWithoutLocation_onGooglesDefault_storesInTheAsiaMultiRegion_fails() {
    fake.get(SETTINGS, "{\"storageLocation\": {\"policy\": \"NEAREST_MULTI_REGION\"}}");
    Collected out = collect(schedule(""));
    assertThat(out.one(BackupPlan.class, "/resourcePolicies/daily").knownCopies()).extracting(BackupPlan.Copy::location)
        .containsExactly("asia");
    residency(out).expectFail(PLAN);
  }

  @Test
  void scheduleStoringInOsaka_passes_andSelectsTheDiskItIsAttachedTo() {
    Collected out = collect(schedule("\"asia-northeast2\""));
    BackupPlan plan = out.one(BackupPlan.class, "/resourcePolicies/daily");
    assertThat(plan.retentionDays()).isEqualTo(Known.of(14));
    assertThat(plan.selects(DISK, null)).isTrue();
    assertThat(plan.selects(DISK.replace("app-1", "scratch"), null)).isFalse();
    assertThat(plan.copiesToOtherJapaneseLocation()).isTrue();
    residency(out).expectPass(PLAN);
  }

  @Test
  void localRegionSetting_keepsSnapshotsBesideTheDisk() {
    fake.get(SETTINGS, "{\"storageLocation\": {\"policy\": \"LOCAL_REGION\"}}");
    BackupPlan plan = collect(schedule("")).one(BackupPlan.class, "/resourcePolicies/daily");
    assertThat(plan.knownCopies()).extracting(BackupPlan.Copy::location).containsExactly("asia-northeast1");
    assertThat(plan.copiesToOtherJapaneseLocation()).isFalse();
  }

  @Test
  void unreadableDisks_leaveTheSelectionUnknown_neverNone() {
    fake.fail("/compute/v1/projects/city-sandbox/aggregated/disks", 403, GcpFake.denied("compute.disks.list"));
    Collected out = collect(schedule("\"asia-northeast1\""));
    assertThat(out.one(BackupPlan.class, "/resourcePolicies/daily").selects(DISK, null)).isNull();
  }

  @Test
  void noSchedules_noPlans() {
    assertThat(collect("{\"items\": {}}").all(BackupPlan.class)).isEqualTo(List.of());
  }
}
