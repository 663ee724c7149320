package cloudscan.gcp.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Status;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.FakeEstate;
import org.junit.jupiter.api.Test;

/**
 * Cloud SQL's sslMode ALLOW_UNENCRYPTED_AND_ENCRYPTED (the default) accepts unencrypted
 * connections. The issue lists "Cloud SQL SSL mode" under 3.6; the collector reads it only for the
 * client-certificate flag of 3.4, so a private-IP instance that accepts plaintext is never judged
 * for 3.6 at all (no TlsPolicy), while Azure SQL's "minimalTlsVersion" and App Gateway's HTTP
 * listeners are.
 */
class CloudSqlPlaintextTest {

  @Test
  void aCloudSqlInstanceThatAcceptsUnencryptedConnections_failsTlsTooOld() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake.get("/v1/projects/city-prod/instances", """
        {"kind": "sql#instancesList", "items": [{"kind": "sql#instance", "name": "residents-pg", "project": "city-prod",
          "databaseVersion": "POSTGRES_16", "region": "asia-northeast1", "gceZone": "asia-northeast1-b",
          "secondaryGceZone": "asia-northeast1-c", "state": "RUNNABLE", "instanceType": "CLOUD_SQL_INSTANCE",
          "diskEncryptionConfiguration": {"kmsKeyName": "projects/city-prod/locations/asia-northeast1/keyRings/main/cryptoKeys/data"},
          "settings": {"tier": "db-custom-2-7680", "availabilityType": "REGIONAL", "userLabels": {"system": "resident-portal"},
            "ipConfiguration": {"ipv4Enabled": false, "privateNetwork": "projects/city-prod/global/networks/prod-vpc",
              "sslMode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED", "requireSsl": false, "authorizedNetworks": []},
            "backupConfiguration": {"enabled": true, "startTime": "18:00", "location": "asia-northeast2",
              "pointInTimeRecoveryEnabled": true, "transactionLogRetentionDays": 7,
              "backupRetentionSettings": {"retentionUnit": "COUNT", "retainedBackups": 35}}}}]}"""));
    assertThat(scan.findings("crypto.tls-too-old", FakeEstate.PROD))
        .as("crypto.tls-too-old findings for city-prod (a Cloud SQL instance accepting plaintext should FAIL): %s",
            EstateScan.describe(scan.findings("crypto.tls-too-old", FakeEstate.PROD)))
        .anyMatch(f -> f.resource().id().contains("/instances/residents-pg") && f.status() == Status.FAIL);
  }
}
