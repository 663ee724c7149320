package cloudscan.azure.collect.sql;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.crypto.EncryptionAtRestOff;
import cloudscan.checks.crypto.TlsTooOld;
import cloudscan.checks.exposure.PublicEndpointOpen;
import cloudscan.checks.residency.ReplicaOutsideJapan;
import cloudscan.core.check.Status;
import cloudscan.core.fact.Cidr;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlCollectorTest {

  static final String SERVERS = "/subscriptions/" + SUB + "/providers/Microsoft.Sql/servers";
  static final String SQ = "/subscriptions/" + SUB + "/resourceGroups/rg-db/providers/Microsoft.Sql/servers/";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
    for (String s : List.of("sql-open", "sql-locked")) {
      fake.get(SQ + s + "/databases", "sql/dbs-" + s + ".json");
    }
    fake.get(SQ + "sql-open/firewallRules", "sql/fw-sql-open.json").list(SQ + "sql-open/virtualNetworkRules")
        .list(SQ + "sql-open/failoverGroups")
        .get(SQ + "sql-open/databases/juminhyo/transparentDataEncryption/current", "sql/tde-open.json")
        .get(SQ + "sql-locked/firewallRules", "sql/fw-sql-locked.json").get(SQ + "sql-locked/virtualNetworkRules", "sql/vnet-sql-locked.json")
        .get(SQ + "sql-locked/failoverGroups", "sql/fg-sql-locked.json")
        .get(SQ + "sql-locked/databases/juminhyo/transparentDataEncryption/current", "sql/tde-locked.json");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new SqlCollector(clients));
  }

  @Test
  void deniedServerList_isUnknownNeverPass() {
    fake.error("GET", SERVERS, 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.judge(new PublicEndpointOpen()).has(Status.UNKNOWN), c.judge(new PublicEndpointOpen()).has(Status.PASS)))
        .containsExactly(true, false);
  }

  @Test
  void allowAzureServices_opensTheServerToEveryAzureCustomer_andFails() {
    fake.get(SERVERS, "sql/servers.json");
    Collected c = collect();
    assertThat(List.of(c.verdict(new PublicEndpointOpen(), "servers/sql-open"), c.verdict(new PublicEndpointOpen(), "servers/sql-locked")))
        .containsExactly(Status.FAIL, Status.PASS);
  }

  @Test
  void minimalTls10_fails_andTls12Passes() {
    fake.get(SERVERS, "sql/servers.json");
    Collected c = collect();
    assertThat(List.of(c.verdict(new TlsTooOld(), "servers/sql-open"), c.verdict(new TlsTooOld(), "servers/sql-locked")))
        .containsExactly(Status.FAIL, Status.PASS);
  }

  @Test
  void tdeOff_fails_andTdeOnPasses_masterIsSkipped() {
    fake.get(SERVERS, "sql/servers.json");
    Collected c = collect();
    assertThat(List.of(c.verdict(new EncryptionAtRestOff(), "sql-open/databases/juminhyo"),
        c.verdict(new EncryptionAtRestOff(), "sql-locked/databases/juminhyo"),
        c.judge(new EncryptionAtRestOff()).findings().size())).containsExactly(Status.FAIL, Status.PASS, 2);
  }

  @Test
  void failoverGroupPartnerInJapanWest_isAReplicaInJapan() {
    fake.get(SERVERS, "sql/servers.json");
    assertThat(collect().verdict(new ReplicaOutsideJapan(), "servers/sql-locked")).isEqualTo(Status.PASS);
  }

  @Test
  void firewallRange_becomesExactCidrBlocks() {
    assertThat(IpRanges.cidrs("10.0.0.1", "10.0.0.6")).containsExactly(Cidr.parse("10.0.0.1/32"), Cidr.parse("10.0.0.2/31"),
        Cidr.parse("10.0.0.4/31"), Cidr.parse("10.0.0.6/32"));
  }
}
