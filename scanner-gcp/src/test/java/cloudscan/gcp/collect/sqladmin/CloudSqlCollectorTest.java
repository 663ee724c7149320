package cloudscan.gcp.collect.sqladmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.Replica;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CloudSqlCollectorTest {

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect(String instances) {
    fake.get("/v1/projects/city-sandbox/instances", "{\"items\": [" + instances + "]}");
    Collected out = new Collected();
    new CloudSqlCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  @Test
  void deniedList_isAFailedRead() {
    fake.fail("/v1/projects/city-sandbox/instances", 403, GcpFake.denied("cloudsql.instances.list"));
    assertThatThrownBy(() -> new CloudSqlCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), new Collected()))
        .isInstanceOf(GcpCall.GcpCallException.class);
  }

  @Test
  void publicInstanceOpenToAnywhere_andPrivateTwin() {
    Collected out = collect("""
        {"name": "open", "region": "asia-northeast1", "gceZone": "asia-northeast1-a", "settings": {"availabilityType": "ZONAL",
          "ipConfiguration": {"ipv4Enabled": true, "sslMode": "ENCRYPTED_ONLY", "authorizedNetworks": [{"value": "0.0.0.0/0"}]},
          "backupConfiguration": {"enabled": false}}},
        {"name": "closed", "region": "asia-northeast1", "settings": {"availabilityType": "REGIONAL",
          "ipConfiguration": {"ipv4Enabled": false, "sslMode": "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"},
          "backupConfiguration": {"enabled": true, "backupRetentionSettings": {"retainedBackups": 30}}}}""");
    PublicEndpoint open = out.one(PublicEndpoint.class, "/instances/open");
    assertThat(open.publiclyReachable()).isEqualTo(Known.of(true));
    assertThat(open.allowedSources()).isEqualTo(Known.of(List.of(Peer.cidr("0.0.0.0/0"))));
    assertThat(open.clientCertRequired()).isEqualTo(Known.of(false));
    PublicEndpoint closed = out.one(PublicEndpoint.class, "/instances/closed");
    assertThat(closed.publiclyReachable()).isEqualTo(Known.of(false));
    assertThat(closed.clientCertRequired()).isEqualTo(Known.of(true));
    assertThat(out.one(DataStore.class, "/instances/closed").multiZone()).isEqualTo(Known.of(true));
    assertThat(out.one(DataStore.class, "/instances/open").multiZone()).isEqualTo(Known.of(false));
    assertThat(out.one(BackupPlan.class, "/instances/closed/backupConfiguration").retentionDays()).isEqualTo(Known.of(30));
    assertThat(out.one(BackupPlan.class, "/instances/open/backupConfiguration").retentionDays()).isEqualTo(Known.of(0));
  }

  @Test
  void backupsWithoutACustomLocation_goToTheNearestMultiRegion_asia() {
    Collected out = collect("""
        {"name": "default-loc", "region": "asia-northeast1", "settings": {"backupConfiguration": {"enabled": true}}},
        {"name": "osaka-loc", "region": "asia-northeast1", "settings": {"backupConfiguration": {"enabled": true,
          "location": "asia-northeast2"}}}""");
    assertThat(out.one(BackupPlan.class, "/instances/default-loc/backupConfiguration").copies())
        .isEqualTo(Known.of(List.of(new BackupPlan.Copy("city-sandbox", "asia", null))));
    assertThat(out.one(BackupPlan.class, "/instances/osaka-loc/backupConfiguration").copies())
        .isEqualTo(Known.of(List.of(new BackupPlan.Copy("city-sandbox", "asia-northeast2", null))));
  }

  @Test
  void plaintextAccepted_byDefaultSslMode_legacyDefault_andSqlServer_listsPlaintext() {
    Collected out = collect("""
        {"name": "allow", "region": "asia-northeast1", "databaseVersion": "POSTGRES_16",
          "settings": {"ipConfiguration": {"ipv4Enabled": false, "sslMode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"}}},
        {"name": "legacy", "region": "asia-northeast1", "databaseVersion": "MYSQL_5_7",
          "settings": {"ipConfiguration": {"ipv4Enabled": false}}},
        {"name": "mssql", "region": "asia-northeast1", "databaseVersion": "SQLSERVER_2022_STANDARD",
          "settings": {"ipConfiguration": {"ipv4Enabled": true, "sslMode": "ENCRYPTED_ONLY", "requireSsl": true}}},
        {"name": "strict", "region": "asia-northeast1", "databaseVersion": "POSTGRES_16",
          "settings": {"ipConfiguration": {"ipv4Enabled": false, "sslMode": "ENCRYPTED_ONLY"}}},
        {"name": "legacy-required", "region": "asia-northeast1", "databaseVersion": "MYSQL_8_0",
          "settings": {"ipConfiguration": {"ipv4Enabled": false, "requireSsl": true}}}""");
    for (String plain : List.of("/instances/allow", "/instances/legacy", "/instances/mssql")) {
      TlsPolicy p = out.one(TlsPolicy.class, plain);
      assertThat(p.acceptsPlaintext()).as(plain).isTrue();
    }
    assertThat(out.all(TlsPolicy.class)).hasSize(3);
    assertThat(out.one(PublicEndpoint.class, "/instances/mssql").clientCertRequired()).isEqualTo(Known.of(false));
  }

  @Test
  void settingsMissingFromTheAnswer_areUnread_neverPrivate() {
    PublicEndpoint e = collect("{\"name\": \"odd\", \"region\": \"asia-northeast1\"}").one(PublicEndpoint.class, "/instances/odd");
    assertThat(e.publiclyReachable().isUnread()).isTrue();
  }

  @Test
  void readReplicaInOsaka_isAReplicaOfItsTokyoPrimary() {
    Collected out = collect("""
        {"name": "main", "region": "asia-northeast1", "settings": {}},
        {"name": "replica", "region": "asia-northeast2", "masterInstanceName": "city-sandbox:main", "settings": {}}""");
    Replica r = out.one(Replica.class, "/instances/main");
    assertThat(r.destinationLocation()).isEqualTo("asia-northeast2");
    assertThat(r.resource().location()).isEqualTo("asia-northeast1");
  }
}
