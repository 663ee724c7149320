package cloudscan.gcp.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Status;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.FakeEstate;
import cloudscan.gcp.testing.GcpFake;
import org.junit.jupiter.api.Test;

/**
 * Compute aggregated lists answer 200 even when a zone or region cannot be reached: that scope
 * carries {@code warning.code = UNREACHABLE} instead of its items and the response lists it in
 * {@code unreachables}. Backup and DR lists over {@code locations/-} answer 200 with an
 * {@code unreachable} list. Nothing read there may be taken for "nothing there".
 */
class UnreachableScopesTest {

  /** city-prod's instances as Compute answers when europe-west1-b (where a VM runs) cannot be reached. */
  static final String INSTANCES_WITH_UNREACHABLE_ZONE = """
      {"kind": "compute#instanceAggregatedList", "items": {
        "zones/asia-northeast1-b": {"instances": [{"name": "app-1", "status": "RUNNING",
          "zone": "https://www.googleapis.com/compute/v1/projects/city-prod/zones/asia-northeast1-b",
          "tags": {"items": ["app"]}, "labels": {"system": "resident-portal"},
          "serviceAccounts": [{"email": "etl@city-prod.iam.gserviceaccount.com"}],
          "networkInterfaces": [{"name": "nic0", "network": "https://www.googleapis.com/compute/v1/projects/city-prod/global/networks/prod-vpc",
            "subnetwork": "https://www.googleapis.com/compute/v1/projects/city-prod/regions/asia-northeast1/subnetworks/app", "networkIP": "10.10.0.2"}]}]},
        "zones/europe-west1-b": {"warning": {"code": "UNREACHABLE",
          "message": "Scope 'zones/europe-west1-b' is unreachable at the moment.",
          "data": [{"key": "scope", "value": "zones/europe-west1-b"}]}}},
       "unreachables": ["zones/europe-west1-b"],
       "selfLink": "https://www.googleapis.com/compute/v1/projects/city-prod/aggregated/instances"}""";

  static final String DISKS_WITH_UNREACHABLE_ZONE = """
      {"kind": "compute#diskAggregatedList", "items": {
        "zones/asia-northeast1-b": {"disks": [{"kind": "compute#disk", "name": "app-1",
          "zone": "https://www.googleapis.com/compute/v1/projects/city-prod/zones/asia-northeast1-b",
          "sizeGb": "50",
          "diskEncryptionKey": {"kmsKeyName": "projects/city-prod/locations/asia-northeast1/keyRings/main/cryptoKeys/data/cryptoKeyVersions/4"},
          "selfLink": "https://www.googleapis.com/compute/v1/projects/city-prod/zones/asia-northeast1-b/disks/app-1",
          "resourcePolicies": ["https://www.googleapis.com/compute/v1/projects/city-prod/regions/asia-northeast1/resourcePolicies/city-prod-daily"]}]},
        "zones/europe-west1-b": {"warning": {"code": "UNREACHABLE",
          "message": "Scope 'zones/europe-west1-b' is unreachable at the moment.",
          "data": [{"key": "scope", "value": "zones/europe-west1-b"}]}}},
       "unreachables": ["zones/europe-west1-b"]}""";

  @Test
  void anUnreachableZoneInTheInstanceAndDiskLists_isAGap_neverAProjectWhoseEveryResourceIsInJapan() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake
        .get("/compute/v1/projects/city-prod/aggregated/instances", INSTANCES_WITH_UNREACHABLE_ZONE)
        .get("/compute/v1/projects/city-prod/aggregated/disks", DISKS_WITH_UNREACHABLE_ZONE));
    // Cloud Asset leaves instances and disks to these collectors (LOCATED_ELSEWHERE), so nothing
    // else locates what runs in europe-west1-b: 1.1 for city-prod must not stand on every PASS.
    assertThat(scan.gapsOf(FakeEstate.PROD))
        .as("gaps recorded for city-prod although europe-west1-b was unreachable; residency.outside-japan for city-prod: %s",
            EstateScan.describe(scan.findings("residency.outside-japan", FakeEstate.PROD)))
        .isNotEmpty();
  }

  @Test
  void anUnreachableLocationInTheBackupVaultList_isAGap() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake.get("/v1/projects/city-prod/locations/-/backupVaults", """
        {"backupVaults": [{"name": "projects/city-prod/locations/asia-northeast1/backupVaults/locked-vault",
          "backupMinimumEnforcedRetentionDuration": "2592000s", "effectiveTime": "2025-01-01T00:00:00Z", "state": "ACTIVE",
          "backupCount": "42", "accessRestriction": "WITHIN_ORGANIZATION"}],
         "unreachable": ["us-central1"]}"""));
    assertThat(scan.gapsOf(FakeEstate.PROD))
        .as("gaps recorded for city-prod although Backup and DR could not reach us-central1; vaults judged: %s",
            EstateScan.describe(scan.findings("backup.vault-not-immutable", FakeEstate.PROD)))
        .isNotEmpty();
    assertThat(scan.findings("residency.outside-japan", FakeEstate.PROD, Status.PASS)).isNotEmpty();
  }
}
