package cloudscan.gcp.collect.securitycenter;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.checks.detection.MalwareProtectionOff;
import cloudscan.checks.detection.ThreatDetectionOff;
import cloudscan.core.check.Check;
import cloudscan.core.check.Status;
import cloudscan.core.engine.Finding;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.FakeEstate;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import cloudscan.testkit.CheckTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the detection checks make of the collected SCC facts for a project with a server below an
 * organization: the project's own effective state is what counts, whatever the organization's.
 */
class SccVerdictsTest {

  private static final String ORG = "organizations/42";
  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private void services(String parent, String etd, String vmtd) {
    String base = parent + "/locations/global/securityCenterServices/";
    fake.get("/v1/" + base + "event-threat-detection", FakeEstate.sccService(base + "event-threat-detection", "ENABLED", etd))
        .get("/v1/" + base + "vm-threat-detection", FakeEstate.sccService(base + "vm-threat-detection", "ENABLED", vmtd))
        .get("/v1/" + base + "security-health-analytics", FakeEstate.sccService(base + "security-health-analytics", "ENABLED", "ENABLED"))
        .get("/v2/" + parent + "/locations/global/notificationConfigs", "{}");
  }

  /** The organization's and city-sandbox's SCC facts, and a server in city-sandbox. */
  private List<Fact> estate(String tier, String projectEtd, String projectVmtd) {
    fake.get("/v1beta2/" + ORG + "/subscription", "{\"tier\": \"" + tier + "\"}");
    services(ORG, "ENABLED", "ENABLED");
    services("projects/city-sandbox", projectEtd, projectVmtd);
    Collected out = new Collected();
    new SccCollector(GcpTesting.context(fake), Scope.Level.ORGANIZATION).collect(GcpTesting.organization(ORG), out);
    new SccCollector(GcpTesting.context(fake), Scope.Level.ACCOUNT).collect(GcpTesting.project("city-sandbox", ORG), out);
    List<Fact> facts = new ArrayList<>(out.facts());
    facts.add(new ComputeInstance(ResourceRef.of(Cloud.GCP, "city-sandbox", "asia-northeast1", "compute.googleapis.com/Instance",
        "projects/city-sandbox/zones/asia-northeast1-b/instances/vm-1"), Known.of(true), Known.of(false)));
    return facts;
  }

  private static List<Status> sandbox(Check check, List<Fact> facts) {
    return CheckTester.of(check).given(facts).inOrganization("gcp/" + ORG + "/global")
        .inAccount("gcp/city-sandbox/global", ORG).findings().stream()
        .filter(f -> f.resource().account().equals("city-sandbox")).map(Finding::status).toList();
  }

  @Test
  void vmThreatDetectionOnAtTheOrganization_butDisabledForTheProject_leavesItsServersUnprotected() {
    assertThat(sandbox(new MalwareProtectionOff(), estate("PREMIUM", "ENABLED", "DISABLED"))).containsExactly(Status.FAIL);
  }

  @Test
  void eventThreatDetectionOnAtTheOrganization_butDisabledForTheProject_failsThere() {
    assertThat(sandbox(new ThreatDetectionOff(), estate("PREMIUM", "DISABLED", "ENABLED"))).containsExactly(Status.FAIL);
  }

  @Test
  void standardTier_failsBothInTheProject_whateverItsStateSays() {
    List<Fact> facts = estate("STANDARD", "ENABLED", "ENABLED");
    assertThat(sandbox(new ThreatDetectionOff(), facts)).containsExactly(Status.FAIL);
    assertThat(sandbox(new MalwareProtectionOff(), facts)).containsExactly(Status.FAIL);
  }

  @Test
  void premiumTier_withBothEnabledInTheProject_passes() {
    List<Fact> facts = estate("PREMIUM", "ENABLED", "ENABLED");
    assertThat(sandbox(new ThreatDetectionOff(), facts)).containsExactly(Status.PASS);
    assertThat(sandbox(new MalwareProtectionOff(), facts)).containsExactly(Status.PASS);
  }
}
