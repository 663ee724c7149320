package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.engine.RequirementStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoEndToEndTest {

  private static final String NOW = "2026-11-26T00:00:00Z";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path tmp;

  static Path demo;
  static Cli demoRun;

  @BeforeAll
  static void runDemo() {
    demo = tmp.resolve("demo");
    demoRun = Cli.run("demo", "--out", demo.toString(), "--now", NOW);
  }

  @Test
  void demo_exitsZeroAndWritesTheThreeReports() {
    assertThat(demoRun.exit()).as(demoRun.err()).isZero();
    assertThat(demo.resolve("report.json")).isNotEmptyFile();
    assertThat(demo.resolve("report.html")).isNotEmptyFile();
    assertThat(demo.resolve("report.csv")).isNotEmptyFile();
    assertThat(demo.resolve("snapshot.json")).isNotEmptyFile();
  }

  @Test
  void demo_coversAll24Requirements() throws Exception {
    JsonNode report = JSON.readTree(demo.resolve("report.json").toFile());
    assertThat(report.get("requirements")).hasSize(24);
  }

  @Test
  void demo_showsEveryRequirementStatus() throws Exception {
    JsonNode report = JSON.readTree(demo.resolve("report.json").toFile());
    Set<String> seen = new TreeSet<>();
    report.get("requirements").forEach(r -> seen.add(r.get("status").asText()));
    // The demo estate uses every kind of service the checks look at in every scanned scope, so no
    // requirement is NOT_APPLICABLE there (RollUpTest covers that status), and the demo runs every
    // check, so none is NOT_ASSESSED (CheckSelectionTest covers that); every other one shows.
    assertThat(seen).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(RequirementStatus.values())
            .filter(s -> s != RequirementStatus.NOT_APPLICABLE && s != RequirementStatus.NOT_ASSESSED)
            .map(Enum::name).toList());
  }

  @Test
  void demo_summary_marksTheAdvisoryRequirement() {
    assertThat(demoRun.out().lines().filter(l -> l.startsWith("  3.7 "))).singleElement().asString()
        .contains("NOT_MET (advisory)");
    assertThat(demoRun.out().lines().filter(l -> l.startsWith("  3.3 "))).singleElement().asString()
        .contains("NOT_MET ").doesNotContain("advisory");
  }

  @Test
  void demo_htmlNamesEveryRequirementLabel() throws Exception {
    String html = Files.readString(demo.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("１（１）", "３（13）", "３（10）");
  }

  @Test
  void evaluateOfDemoSnapshot_givesTheSameResult() throws Exception {
    Path again = tmp.resolve("again");
    Cli eval = Cli.run("evaluate", "--snapshot", demo.resolve("snapshot.json").toString(),
        "--waivers", demo.resolve("waivers.yaml").toString(),
        "--attestations", demo.resolve("attestations.yaml").toString(),
        "--now", NOW, "--out", again.toString());
    assertThat(eval.exit()).as(eval.err()).isEqualTo(ExitCode.NOT_MET);
    assertThat(verdicts(again)).isEqualTo(verdicts(demo));
  }

  /** Every requirement's status and every finding (check, resource, status), in order. */
  private static List<String> verdicts(Path dir) throws Exception {
    JsonNode report = JSON.readTree(dir.resolve("report.json").toFile());
    List<String> out = new ArrayList<>();
    for (JsonNode r : report.get("requirements")) {
      out.add(r.get("id").asText() + " " + r.get("status").asText());
      for (JsonNode f : r.get("findings")) {
        out.add("  " + f.get("checkId").asText() + " " + f.get("resource").get("id").asText() + " "
            + f.get("status").asText());
      }
    }
    return out;
  }
}
