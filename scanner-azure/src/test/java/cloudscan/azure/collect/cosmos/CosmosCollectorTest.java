package cloudscan.azure.collect.cosmos;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.exposure.PublicEndpointOpen;
import cloudscan.checks.residency.ReplicaOutsideJapan;
import cloudscan.core.check.Status;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CosmosCollectorTest {

  static final String ACCOUNTS = "/subscriptions/" + SUB + "/providers/Microsoft.DocumentDB/databaseAccounts";

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
    return Collected.run(clients, new CosmosCollector(clients));
  }

  @Test
  void deniedAccountList_isUnknownNeverPass() {
    fake.error("GET", ACCOUNTS, 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.judge(new ReplicaOutsideJapan()).has(Status.UNKNOWN), c.judge(new ReplicaOutsideJapan()).has(Status.PASS)))
        .containsExactly(true, false);
  }

  @Test
  void readRegionInSoutheastAsia_failsResidency_andJapanWestPasses() {
    fake.get(ACCOUNTS, "cosmos/accounts.json");
    Collected c = collect();
    assertThat(List.of(c.verdict(new ReplicaOutsideJapan(), "databaseaccounts/cosmos-analytics"),
        c.verdict(new ReplicaOutsideJapan(), "databaseaccounts/cosmos-juminhyo"))).containsExactly(Status.FAIL, Status.PASS);
  }

  @Test
  void accountWithoutIpRules_isOpen_andOneWithRulesIsRestricted() {
    fake.get(ACCOUNTS, "cosmos/accounts.json");
    Collected c = collect();
    assertThat(List.of(c.verdict(new PublicEndpointOpen(), "databaseaccounts/cosmos-analytics"),
        c.verdict(new PublicEndpointOpen(), "databaseaccounts/cosmos-juminhyo"))).containsExactly(Status.FAIL, Status.PASS);
  }
}
