package cloudscan.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Lang;
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

class JsonReportWriterTest {

  @TempDir static Path dir;
  static String json;
  static JsonNode root;

  @BeforeAll static void write() throws Exception {
    Reports.write(new JsonReportWriter(), Lang.JA, dir);
    json = Reports.read(dir.resolve("report.json"));
    root = JsonMapper.builder().build().readTree(json);
  }

  @Test void output_validatesAgainstPublishedSchema() {
    assertThat(SchemaValidation.errors(json)).isEmpty();
  }

  @Test void schema_rejectsAnUnknownStatus() {
    String broken = json.replaceFirst("\"status\" : \"NOT_MET\"", "\"status\" : \"GREEN\"");
    assertThat(broken).isNotEqualTo(json);
    assertThat(SchemaValidation.errors(broken)).isNotEmpty();
  }

  @Test void schema_rejectsWaivedFindingWithoutWaiver() {
    String broken = json.replaceFirst("\"status\" : \"WAIVED\"", "\"status\" : \"FAIL\"");
    assertThat(SchemaValidation.errors(broken)).isNotEmpty();
  }

  @Test void sparseResult_stillValidates(@TempDir Path sparseDir) throws Exception {
    new JsonReportWriter().write(SampleResult.sparse(), cloudscan.report.ReportOptions.defaults(), sparseDir);
    assertThat(SchemaValidation.errors(Reports.read(sparseDir.resolve("report.json")))).isEmpty();
  }

  @Test void withoutBaseline_thereAreNoBaselineFields() {
    assertThat(root.has("resolved")).isFalse();
    assertThat(root.path("summary").has("baseline")).isFalse();
    assertThat(json).doesNotContain("\"baseline\"");
  }

  @Test void withBaseline_marksFindings_listsResolved_andValidates(@TempDir Path d) throws Exception {
    new JsonReportWriter().write(SampleResult.withBaseline(), cloudscan.report.ReportOptions.defaults(), d);
    String withBaseline = Reports.read(d.resolve("report.json"));
    assertThat(SchemaValidation.errors(withBaseline)).isEmpty();
    JsonNode r = JsonMapper.builder().build().readTree(withBaseline);
    assertThat(r.path("summary").path("baseline").path("new").asInt()).isEqualTo(1);
    assertThat(r.path("summary").path("baseline").path("resolved").asInt()).isEqualTo(1);
    assertThat(r.path("resolved").get(0).path("resource").path("id").asText()).isEqualTo("old-export");
    JsonNode xss = null;
    for (JsonNode f : r.path("requirements").get(0).path("findings")) {
      if (f.path("resource").path("id").asText().equals(SampleResult.XSS_ID)) {
        xss = f;
      } else if (f.path("status").asText().equals("PASS")) {
        assertThat(f.has("baseline")).as("a PASS is not compared").isFalse();
      } else {
        assertThat(f.path("baseline").asText()).isEqualTo("UNCHANGED");
      }
    }
    assertThat(xss.path("baseline").asText()).isEqualTo("NEW");
    assertThat(SchemaValidation.errors(withBaseline.replaceFirst("\"baseline\" : \"NEW\"", "\"baseline\" : \"MAYBE\"")))
        .isNotEmpty();
    int at = withBaseline.lastIndexOf("\"resolved\" : [");
    assertThat(SchemaValidation.errors(withBaseline.substring(0, at)
        + withBaseline.substring(at).replaceFirst("\"status\" : \"FAIL\"", "\"status\" : \"PASS\""))).isNotEmpty();
  }

  @Test void requirements_areAll24_inCatalogOrder() {
    List<String> ids = new ArrayList<>();
    root.path("requirements").forEach(r -> ids.add(r.path("id").asText()));
    assertThat(ids).hasSize(24).startsWith("1.1", "1.2", "2.1").endsWith("3.12", "3.13");
  }

  @Test void statuses_areTheEngines() {
    assertThat(status("1.1")).isEqualTo("NOT_MET");
    assertThat(status("1.2")).isEqualTo("MET");
    assertThat(status("2.1")).isEqualTo("ATTESTATION_REQUIRED");
    assertThat(status("3.2")).isEqualTo("UNKNOWN");
    assertThat(status("3.13")).isEqualTo("NOT_MET");
    assertThat(status("3.3")).isEqualTo("NOT_APPLICABLE");
  }

  @Test void waivedFinding_carriesApproverAndExpiry() {
    JsonNode waived = findings("3.13").stream()
        .filter(f -> f.path("status").asText().equals("WAIVED")).findFirst().orElseThrow();
    assertThat(waived.path("waiver").path("approvedBy").asText()).isEqualTo(SampleResult.APPROVER);
    assertThat(waived.path("waiver").path("expires").asText()).isEqualTo("2026-12-31");
  }

  @Test void finding_keepsResourceIdVerbatim_andBothLanguages() {
    JsonNode f = findings("1.1").stream()
        .filter(n -> n.path("resource").path("id").asText().equals(SampleResult.XSS_ID))
        .findFirst().orElseThrow();
    assertThat(f.path("message").path("ja").asText()).isEqualTo("国外のリージョン: us-east-1");
    assertThat(f.path("message").path("en").asText()).isEqualTo("outside Japan: us-east-1");
    assertThat(f.path("severity").asText()).isEqualTo("HIGH");
  }

  @Test void summary_countsEachFindingOnce() {
    JsonNode findings = root.path("summary").path("findings");
    assertThat(findings.path("FAIL").asInt()).isEqualTo(2);
    assertThat(findings.path("WAIVED").asInt()).isEqualTo(1);
    assertThat(findings.path("UNKNOWN").asInt()).isEqualTo(1);
    assertThat(root.path("summary").path("requirements").path("NOT_MET").asInt()).isEqualTo(3);
  }

  @Test void snapshot_gapsAndExpiredWaivers_arePresent() {
    assertThat(root.path("snapshot").path("runs").get(0).path("skipped").get(0).path("location").asText())
        .isEqualTo("ap-east-1");
    assertThat(root.path("gaps").get(0).path("kind").asText()).isEqualTo("ACCESS_DENIED");
    assertThat(root.path("expiredWaivers").get(0).path("expires").asText()).isEqualTo("2026-03-31");
  }

  private static String status(String id) {
    return requirement(id).path("status").asText();
  }

  private static List<JsonNode> findings(String id) {
    List<JsonNode> out = new ArrayList<>();
    requirement(id).path("findings").forEach(out::add);
    return out;
  }

  private static JsonNode requirement(String id) {
    for (JsonNode r : root.path("requirements")) {
      if (r.path("id").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no requirement " + id);
  }
}
