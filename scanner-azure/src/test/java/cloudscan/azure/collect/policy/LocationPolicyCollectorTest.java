package cloudscan.azure.collect.policy;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.residency.NoLocationGuardrail;
import cloudscan.core.check.Status;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocationPolicyCollectorTest {

  static final String ASSIGNMENTS = "/subscriptions/" + SUB + "/providers/Microsoft.Authorization/policyAssignments";
  static final String EXEMPTIONS = "/subscriptions/" + SUB + "/providers/Microsoft.Authorization/policyExemptions";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Status verdict() {
    var clients = fake.clients();
    return Collected.run(clients, new LocationPolicyCollector(clients)).verdict(new NoLocationGuardrail(), SUB + "/global");
  }

  @Test
  void deniedAssignments_isUnknownNeverPass() {
    fake.error("GET", ASSIGNMENTS, 403, "AuthorizationFailed").list(EXEMPTIONS);
    assertThat(verdict()).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void allowedLocationsJapanFromTheManagementGroup_passes() {
    fake.get(ASSIGNMENTS, "policy/assignments-japan.json").list(EXEMPTIONS);
    assertThat(verdict()).isEqualTo(Status.PASS);
  }

  @Test
  void anExemptionAgainstIt_leavesTheGuardrailUnenforced() {
    fake.get(ASSIGNMENTS, "policy/assignments-japan.json").get(EXEMPTIONS, "policy/exemptions.json");
    assertThat(verdict()).isEqualTo(Status.WARN);
  }

  @Test
  void aLocationAbroad_orAuditOnly_warns_andNoAssignmentWarns() {
    fake.get(ASSIGNMENTS, "policy/assignments-weak.json").list(EXEMPTIONS);
    Status weak = verdict();
    fake.list(ASSIGNMENTS);
    assertThat(List.of(weak, verdict())).containsExactly(Status.WARN, Status.WARN);
  }
}
