package cloudscan.azure.collect.monitor;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.detection.ConfigRecordingOff;
import cloudscan.checks.logging.LogRetentionShort;
import cloudscan.checks.logging.LogValidationOff;
import cloudscan.checks.logging.TrailOff;
import cloudscan.core.check.Status;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivityLogCollectorTest {

  static final String SETTINGS = "/subscriptions/" + SUB + "/providers/Microsoft.Insights/diagnosticSettings";
  static final String LAW = "/subscriptions/" + SUB + "/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law-audit";
  static final String ST = "/subscriptions/" + SUB + "/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stauditlogs";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
    fake.get(LAW, "monitor/workspace-law-audit.json").get(LAW + "/tables/AzureActivity", "monitor/table-azureactivity.json")
        .get(ST + "/managementPolicies/default", "monitor/management-policy.json")
        .get(ST + "/blobServices/default/containers", "monitor/containers.json");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new ActivityLogCollector(clients));
  }

  @Test
  void deniedDiagnosticSettings_leavesTheTrailUnknown_butTheAlwaysOnActivityLogRecorded() {
    fake.error("GET", SETTINGS, 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.judge(new TrailOff()).has(Status.UNKNOWN), c.judge(new TrailOff()).has(Status.PASS),
        c.judge(new TrailOff()).has(Status.FAIL), c.verdict(new ConfigRecordingOff(), "eventtypes/management")))
        .containsExactly(true, false, false, Status.PASS);
  }

  @Test
  void noDiagnosticSetting_failsTheTrailCheck() {
    fake.list(SETTINGS);
    assertThat(collect().verdict(new TrailOff(), SUB + "/global")).isEqualTo(Status.FAIL);
  }

  @Test
  void settingWithoutTheAdministrativeCategory_failsTheTrailCheck() {
    fake.get(SETTINGS, "monitor/diagnostic-settings-alerts-only.json");
    assertThat(collect().verdict(new TrailOff(), SUB + "/global")).isEqualTo(Status.FAIL);
  }

  @Test
  void exportWithAdministrativeEvents_passesTheTrailCheck() {
    fake.get(SETTINGS, "monitor/diagnostic-settings.json");
    assertThat(collect().verdict(new TrailOff(), SUB + "/global")).isEqualTo(Status.PASS);
  }

  @Test
  void activityTableKept730DaysIncludingArchive_passesRetention_thoughTheWorkspaceDefaultIs90() {
    fake.get(SETTINGS, "monitor/diagnostic-settings.json");
    assertThat(collect().verdict(new LogRetentionShort(), "law-audit/tables/azureactivity")).isEqualTo(Status.PASS);
  }

  @Test
  void lifecycleDeletingActivityLogsAfter180Days_failsRetention() {
    fake.get(SETTINGS, "monitor/diagnostic-settings.json");
    assertThat(collect().verdict(new LogRetentionShort(), "containers/insights-activity-logs")).isEqualTo(Status.FAIL);
  }

  @Test
  void lockedContainer_passesIntegrity_andAPurgeableWorkspaceNeedsReview() {
    fake.get(SETTINGS, "monitor/diagnostic-settings.json");
    Collected c = collect();
    assertThat(List.of(c.verdict(new LogValidationOff(), "diagnosticsettings/activity-to-storage"),
        c.verdict(new LogValidationOff(), "diagnosticsettings/activity-to-law"))).containsExactly(Status.PASS, Status.WARN);
  }

  @Test
  void deniedWorkspaceRead_isAGapForTheStore_andItsRetentionUnknown() {
    fake.get(SETTINGS, "monitor/diagnostic-settings.json").error("GET", LAW, 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.gaps().size(), c.verdict(new LogRetentionShort(), "diagnosticsettings/activity-to-law")))
        .containsExactly(1, Status.UNKNOWN);
  }
}
