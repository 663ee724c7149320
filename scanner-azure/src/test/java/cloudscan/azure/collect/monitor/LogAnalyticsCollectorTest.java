package cloudscan.azure.collect.monitor;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.logging.LogRetentionShort;
import cloudscan.core.check.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogAnalyticsCollectorTest {

  static final String WORKSPACES = "/subscriptions/" + SUB + "/providers/Microsoft.OperationalInsights/workspaces";

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
    return Collected.run(clients, new LogAnalyticsCollector(clients));
  }

  @Test
  void deniedWorkspaceList_isUnknownNeverPass() {
    fake.error("GET", WORKSPACES, 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(java.util.List.of(c.judge(new LogRetentionShort()).has(Status.UNKNOWN),
        c.judge(new LogRetentionShort()).has(Status.PASS))).containsExactly(true, false);
  }

  @Test
  void workspaceKeeping30Days_warnsAsPossibleEvidence() {
    fake.get(WORKSPACES, "monitor/workspaces.json");
    assertThat(collect().verdict(new LogRetentionShort(), "workspaces/law-app")).isEqualTo(Status.WARN);
  }
}
