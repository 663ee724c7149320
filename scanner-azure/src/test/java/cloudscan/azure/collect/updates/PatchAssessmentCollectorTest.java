package cloudscan.azure.collect.updates;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.patching.FixOverdue;
import cloudscan.core.check.Status;
import cloudscan.core.fact.Vulnerability;
import cloudscan.core.snapshot.GapKind;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatchAssessmentCollectorTest {

  static final String QUERY = "/providers/Microsoft.ResourceGraph/resources";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  /** Answers the VM query and the patch query of the collector (told apart by their text). */
  static void stub(AzureFake f, String vms, String patches) {
    f.server().stubFor(f.on("POST", QUERY).atPriority(1).withRequestBody(matchingJsonPath("$.query", containing("powerState")))
        .willReturn(AzureFake.json(200, f.render(vms))));
    f.server().stubFor(f.on("POST", QUERY).atPriority(1)
        .withRequestBody(matchingJsonPath("$.query", containing("patchassessmentresources")))
        .willReturn(AzureFake.json(200, f.render(patches))));
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new PatchAssessmentCollector(clients, Clock.systemUTC()));
  }

  @Test
  void deniedResourceGraph_isAnAccessDeniedGap_andPatchingUnknownNeverPass() {
    fake.error("POST", QUERY, 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.gaps().get(0).kind(), c.judge(new FixOverdue()).has(Status.UNKNOWN),
        c.judge(new FixOverdue()).has(Status.PASS))).containsExactly(GapKind.ACCESS_DENIED, true, false);
  }

  @Test
  void securityPatchReleasedSixWeeksAgo_fails_andOneReleasedYesterdayPasses() {
    stub(fake, "updates/vms.json", "updates/patches.json");
    Collected c = collect();
    assertThat(c.judge(new FixOverdue()).findings().stream().map(f -> f.status() + " " + f.message().en().split(":")[0])
        .sorted().toList()).containsExactly("FAIL KB5070001 [CRITICAL]", "PASS KB5080002 [HIGH]",
            "UNKNOWN openssl 3.0.13-0ubuntu3.6 [UNTRIAGED]");
  }

  @Test
  void definitionUpdates_areNoVulnerabilityFix() {
    stub(fake, "updates/vms.json", "updates/patches.json");
    assertThat(collect().all(Vulnerability.class)).extracting(Vulnerability::findingId).doesNotContain("KB2267602");
  }

  @Test
  void runningVmWithoutAnAssessment_isAGap_notNothingToPatch() {
    stub(fake, "updates/vms.json", AzureFake.fixture("updates/patches.json")
        .replace("\"status\": \"Succeeded\",\n        \"lastModifiedDateTime\": \"${recent}\",\n        \"startDateTime\": \"${recent}\",\n        \"osType\": \"Linux\"",
            "\"status\": \"Failed\",\n        \"lastModifiedDateTime\": \"${recent}\",\n        \"startDateTime\": \"${recent}\",\n        \"osType\": \"Linux\""));
    Collected c = collect();
    assertThat(List.of(c.gaps().size(), c.gaps().get(0).message().contains("vm-iso"),
        c.judge(new FixOverdue()).has(Status.UNKNOWN))).containsExactly(1, true, true);
  }

  @Test
  void staleAssessment_isAGap() {
    stub(fake, "updates/vms.json", AzureFake.fixture("updates/patches.json").replaceFirst("\\$\\{recent\\}", "2026-11-01T03:00:00Z"));
    assertThat(collect().gaps()).singleElement().satisfies(g -> assertThat(g.message()).contains("vm-web"));
  }

  @Test
  void deallocatedVmWithoutAssessment_isNoGap() {
    stub(fake, "updates/vms.json", "updates/patches.json");
    assertThat(collect().gaps()).isEmpty();
  }
}
