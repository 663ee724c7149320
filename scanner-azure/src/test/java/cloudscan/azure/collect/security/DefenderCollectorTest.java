package cloudscan.azure.collect.security;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.detection.IncidentNotificationMissing;
import cloudscan.checks.detection.ThreatDetectionOff;
import cloudscan.checks.detection.VulnerabilityScanningOff;
import cloudscan.core.check.Status;
import cloudscan.core.snapshot.GapKind;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefenderCollectorTest {

  static final String PRICINGS = "/subscriptions/" + SUB + "/providers/Microsoft.Security/pricings";
  static final String CONTACTS = "/subscriptions/" + SUB + "/providers/Microsoft.Security/securityContacts";

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
    return Collected.run(clients, new DefenderCollector(clients));
  }

  @Test
  void deniedPricings_isAnAccessDeniedGap_andThreatDetectionUnknownNeverPass() {
    fake.error("GET", PRICINGS, 403, "AuthorizationFailed").get(CONTACTS, "security/contacts.json");
    Collected c = collect();
    assertThat(List.of(c.gaps().get(0).kind(), c.gaps().get(0).operation(), c.judge(new ThreatDetectionOff()).has(Status.UNKNOWN),
        c.judge(new ThreatDetectionOff()).has(Status.PASS)))
        .containsExactly(GapKind.ACCESS_DENIED, "security:Pricings_List", true, false);
  }

  @Test
  void workloadPlansOnStandard_passThreatDetection() {
    fake.get(PRICINGS, "security/pricings-servers-on.json").get(CONTACTS, "security/contacts.json");
    assertThat(collect().verdict(new ThreatDetectionOff(), "microsoft.security/pricings")).isEqualTo(Status.PASS);
  }

  @Test
  void postureManagementAlone_failsThreatDetection() {
    fake.get(PRICINGS, "security/pricings-posture-only.json").get(CONTACTS, "security/contacts.json");
    assertThat(collect().verdict(new ThreatDetectionOff(), "microsoft.security/pricings")).isEqualTo(Status.FAIL);
  }

  @Test
  void defenderForServersFree_failsVulnerabilityScanning_andStandardPasses() {
    fake.get(PRICINGS, "security/pricings-posture-only.json").get(CONTACTS, "security/contacts.json");
    Status off = collect().verdict(new VulnerabilityScanningOff(), "pricings/virtualmachines");
    fake.get(PRICINGS, "security/pricings-servers-on.json");
    assertThat(List.of(off, collect().verdict(new VulnerabilityScanningOff(), "pricings/virtualmachines")))
        .containsExactly(Status.FAIL, Status.PASS);
  }

  @Test
  void securityContactWithAlerts_passesNotification_andNoneWarns() {
    fake.get(PRICINGS, "security/pricings-servers-on.json").get(CONTACTS, "security/contacts.json");
    Status configured = collect().verdict(new IncidentNotificationMissing(), SUB + "/global");
    fake.list(CONTACTS);
    assertThat(List.of(configured, collect().verdict(new IncidentNotificationMissing(), SUB + "/global")))
        .containsExactly(Status.PASS, Status.WARN);
  }

  @Test
  void unregisteredSecurityProvider_meansEveryPlanFree_notAGap() {
    fake.answer("GET", PRICINGS, 409, "errors/missing-registration-security.json").list(CONTACTS);
    Collected c = collect();
    assertThat(List.of(c.gaps().isEmpty(), c.verdict(new ThreatDetectionOff(), "microsoft.security/pricings")))
        .containsExactly(true, Status.FAIL);
  }
}
