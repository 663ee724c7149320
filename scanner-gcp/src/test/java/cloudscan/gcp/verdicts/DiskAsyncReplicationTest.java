package cloudscan.gcp.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Status;
import cloudscan.core.engine.Finding;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.FakeEstate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Persistent Disk Asynchronous Replication copies a primary disk to a secondary disk in another
 * region (Compute v1 Disk: {@code asyncSecondaryDisks} on the primary, {@code asyncPrimaryDisk} on
 * the secondary; {@code resourceStatus.asyncSecondaryDisks[..].state}; the secondary may even be
 * in another project, {@code gcloud compute disks start-async-replication --secondary-disk-project}).
 * DiskCollector reads neither field: no {@code Replica} fact. city-dev's zonal disk dev-box is
 * replicated to Osaka (asia-northeast2-a), its snapshots go to the default nearest multi-region
 * {@code asia} (abroad, not a Japanese copy).
 */
class DiskAsyncReplicationTest {

  private static final String DISKS = """
      {"kind": "compute#diskAggregatedList", "items": {
        "zones/asia-northeast1-a": {"disks": [{"kind": "compute#disk", "name": "dev-box", "sizeGb": "10", "type":
          "https://www.googleapis.com/compute/v1/projects/city-dev/zones/asia-northeast1-a/diskTypes/pd-balanced",
          "zone": "https://www.googleapis.com/compute/v1/projects/city-dev/zones/asia-northeast1-a",
          "selfLink": "https://www.googleapis.com/compute/v1/projects/city-dev/zones/asia-northeast1-a/disks/dev-box",
          "resourcePolicies": ["https://www.googleapis.com/compute/v1/projects/city-dev/regions/asia-northeast1/resourcePolicies/city-dev-daily"],
          "asyncSecondaryDisks": {"projects/city-dev/zones/asia-northeast2-a/disks/dev-box-dr": {"asyncReplicationDisk": {
            "disk": "https://www.googleapis.com/compute/v1/projects/city-dev/zones/asia-northeast2-a/disks/dev-box-dr",
            "diskId": "5550000000000000002"}}},
          "resourceStatus": {"asyncSecondaryDisks": {"projects/city-dev/zones/asia-northeast2-a/disks/dev-box-dr": {"state": "ACTIVE"}}}}]},
        "zones/asia-northeast2-a": {"disks": [{"kind": "compute#disk", "name": "dev-box-dr", "sizeGb": "10", "type":
          "https://www.googleapis.com/compute/v1/projects/city-dev/zones/asia-northeast2-a/diskTypes/pd-balanced",
          "zone": "https://www.googleapis.com/compute/v1/projects/city-dev/zones/asia-northeast2-a",
          "selfLink": "https://www.googleapis.com/compute/v1/projects/city-dev/zones/asia-northeast2-a/disks/dev-box-dr",
          "asyncPrimaryDisk": {"disk": "https://www.googleapis.com/compute/v1/projects/city-dev/zones/asia-northeast1-a/disks/dev-box",
            "diskId": "5550000000000000001"},
          "resourceStatus": {"asyncPrimaryDisk": {"state": "ACTIVE"}}}]}}}""";

  @Test
  void aDiskReplicatedToOsaka_hasACopyInTheOtherJapaneseRegion() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake.get("/compute/v1/projects/city-dev/aggregated/disks", DISKS));
    List<Finding> f = scan.findings("resilience.single-zone-store", FakeEstate.DEV).stream()
        .filter(x -> x.resource().id().endsWith("/disks/dev-box")).toList();
    assertThat(f).as("resilience.single-zone-store for dev-box, asynchronously replicated to asia-northeast2: %s", EstateScan.describe(f))
        .isNotEmpty().noneMatch(x -> x.status() == Status.FAIL);
  }

  @Test
  void asyncReplicationIsJudgedAsAReplica() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake.get("/compute/v1/projects/city-dev/aggregated/disks", DISKS));
    List<Finding> all = scan.findings("residency.replica-outside-japan", FakeEstate.DEV);
    assertThat(all).as("residency.replica-outside-japan in city-dev should judge dev-box's async replica: %s", EstateScan.describe(all))
        .anyMatch(x -> x.resource().id().endsWith("/disks/dev-box"));
  }
}
