package cloudscan.gcp.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Status;
import cloudscan.core.engine.Finding;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.FakeEstate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A snapshot schedule (resource policy) whose {@code status} is EXPIRED "is expired and will not
 * run again" (Compute v1 ResourcePolicy.Status). It takes no more snapshots of the disks it is
 * attached to, so it protects nothing; the Backup and DR collector already drops plans and
 * associations that are not ACTIVE/UPDATING, the snapshot-schedule collector ignores the status.
 * city-dev has one disk (dev-box) whose only plan is this schedule, and a Cloud SQL instance with
 * backups off: no plan protects anything there.
 */
class ExpiredSnapshotScheduleTest {

  private static final String EXPIRED_SCHEDULE = """
      {"kind": "compute#resourcePolicyAggregatedList", "items": {"regions/asia-northeast1": {"resourcePolicies": [
        {"kind": "compute#resourcePolicy", "id": "7340000000000000001", "name": "city-dev-daily",
         "region": "https://www.googleapis.com/compute/v1/projects/city-dev/regions/asia-northeast1",
         "selfLink": "https://www.googleapis.com/compute/v1/projects/city-dev/regions/asia-northeast1/resourcePolicies/city-dev-daily",
         "snapshotSchedulePolicy": {
           "schedule": {"dailySchedule": {"daysInCycle": 1, "startTime": "18:00", "duration": "PT14400S"}},
           "retentionPolicy": {"maxRetentionDays": 35, "onSourceDiskDelete": "KEEP_AUTO_SNAPSHOTS"},
           "snapshotProperties": {"guestFlush": false, "storageLocations": ["asia-northeast2"]}},
         "status": "EXPIRED"}]}}}""";

  @Test
  void anExpiredSnapshotScheduleProtectsNothing_planMissingIsNotPass() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake.get("/compute/v1/projects/city-dev/aggregated/resourcePolicies",
        EXPIRED_SCHEDULE));
    List<Finding> f = scan.findings("backup.plan-missing", FakeEstate.DEV);
    assertThat(f).as("backup.plan-missing for city-dev, whose only schedule is EXPIRED: %s", EstateScan.describe(f))
        .isNotEmpty().noneMatch(x -> x.status() == Status.PASS);
  }

  @Test
  void anExpiredSnapshotScheduleIsNoCopyInOsaka_singleZoneDiskIsNotPass() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake.get("/compute/v1/projects/city-dev/aggregated/resourcePolicies",
        EXPIRED_SCHEDULE));
    List<Finding> f = scan.findings("resilience.single-zone-store", FakeEstate.DEV).stream()
        .filter(x -> x.resource().id().endsWith("/disks/dev-box")).toList();
    assertThat(f).as("resilience.single-zone-store for the zonal disk dev-box (schedule EXPIRED): %s", EstateScan.describe(f))
        .isNotEmpty().noneMatch(x -> x.status() == Status.PASS);
  }
}
