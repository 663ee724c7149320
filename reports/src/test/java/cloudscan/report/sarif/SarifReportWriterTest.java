package cloudscan.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Lang;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;
import cloudscan.report.fixture.Reports;
import cloudscan.report.fixture.SampleResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportWriterTest {

  @TempDir static Path dir;
  static JsonNode run;

  @BeforeAll static void write() throws Exception {
    Reports.write(new SarifReportWriter(), Lang.JA, dir);
    JsonNode log = JsonMapper.builder().build().readTree(Reports.read(dir.resolve("report.sarif")));
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    run = log.path("runs").get(0);
  }

  @Test void rules_comeFromCheckSpecs() {
    JsonNode rule = run.at("/tool/driver/rules/0");
    assertThat(list(run.at("/tool/driver/rules"), "id"))
        .containsExactly("test.outside-japan", "test.patch-late", "test.retention-short");
    assertThat(rule.at("/shortDescription/text").asText()).isEqualTo("国外にあるリソース");
    assertThat(rule.at("/help/text").asText()).isEqualTo("国内リージョンへ移行する");
    assertThat(rule.at("/properties/requirements/0").asText()).isEqualTo("1.1");
  }

  @Test void passes_areLeftOut() {
    assertThat(list(run.path("results"), "kind")).doesNotContain("pass").contains("fail", "review", "open");
  }

  @Test void failure_namesTheCloudResource_asLogicalLocation() {
    JsonNode r = result(SampleResult.XSS_ID);
    assertThat(r.path("level").asText()).isEqualTo("error");
    JsonNode loc = r.at("/locations/0/logicalLocations/0");
    assertThat(loc.path("name").asText()).isEqualTo(SampleResult.XSS_ID);
    assertThat(loc.path("fullyQualifiedName").asText())
        .isEqualTo("aws/111122223333/us-east-1/bucket/" + SampleResult.XSS_ID);
    assertThat(r.path("ruleIndex").asInt()).isZero();
  }

  @Test void fingerprints_areStable_andDistinctPerResult() {
    List<String> prints = new ArrayList<>();
    run.path("results").forEach(r -> prints.add(r.at("/partialFingerprints/" + SarifResults.FINGERPRINT.replace("/", "~1")).asText()));
    assertThat(prints).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).hasSize(64));
    ResourceRef late = ResourceRef.of(Cloud.AWS, SampleResult.ACCOUNT, "ap-northeast-3", "instance", "i-late");
    assertThat(result("i-late").at("/partialFingerprints").toString())
        .contains(SarifResults.fingerprint("test.patch-late", late));
  }

  @Test void waived_isAnAcceptedExternalSuppression() {
    JsonNode s = result("i-waived").at("/suppressions/0");
    assertThat(s.path("kind").asText()).isEqualTo("external");
    assertThat(s.path("status").asText()).isEqualTo("accepted");
    assertThat(s.at("/properties/approvedBy").asText()).isEqualTo(SampleResult.APPROVER);
  }

  @Test void nonFailures_haveLevelNone() {
    run.path("results").forEach(r -> {
      if (!r.path("kind").asText().equals("fail")) {
        assertThat(r.path("level").asText()).isEqualTo("none");
      }
    });
  }

  @Test void gaps_areExecutionNotifications() {
    JsonNode n = run.at("/invocations/0/toolExecutionNotifications/0");
    assertThat(n.at("/message/text").asText()).contains("aws/111122223333/ap-northeast-1", "ACCESS_DENIED");
  }

  private static JsonNode result(String resourceId) {
    for (JsonNode r : run.path("results")) {
      if (r.at("/locations/0/logicalLocations/0/name").asText().equals(resourceId)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + resourceId);
  }

  private static List<String> list(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }
}
