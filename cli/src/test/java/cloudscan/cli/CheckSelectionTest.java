package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Selecting checks as a Prowler user would: an excluded check makes every requirement it serves
 * NOT_ASSESSED (never MET), the report lists what was excluded, and the gate says incomplete.
 */
class CheckSelectionTest {

  private static final String NOW = "2026-11-26T00:00:00Z";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  private Cli demo(String name, String... extra) {
    List<String> args = new ArrayList<>(List.of("demo", "--out", tmp.resolve(name).toString(), "--now", NOW,
        "--format", "json"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private JsonNode requirement(String name, String id) throws Exception {
    for (JsonNode r : JSON.readTree(tmp.resolve(name).resolve("report.json").toFile()).get("requirements")) {
      if (r.get("id").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError(id);
  }

  @Test
  void onlyOneCheck_leavesTheOtherAutomatedRequirementsNotAssessed() throws Exception {
    Cli r = demo("only", "--checks", "crypto.key-too-weak");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode report = JSON.readTree(tmp.resolve("only").resolve("report.json").toFile());
    assertThat(report.path("settings").path("selection").get(0).asText()).isEqualTo("--checks crypto.key-too-weak");
    assertThat(report.path("settings").path("excludedChecks")).hasSize(Registry.load().checks().size() - 1);
    assertThat(requirement("only", "3.5").path("status").asText()).isEqualTo("NOT_ASSESSED");
    assertThat(requirement("only", "1.2").path("status").asText()).as("attestation only: untouched")
        .isNotEqualTo("NOT_ASSESSED");
    for (JsonNode req : report.get("requirements")) {
      if (!req.path("assessment").asText().equals("ATTEST")) {
        assertThat(req.path("status").asText()).as(req.path("id").asText()).isNotEqualTo("MET");
      }
    }
    assertThat(r.out()).contains("Checks excluded (--checks crypto.key-too-weak): ");
  }

  @Test
  void excludedChecks_areNotRun_andTheGateSaysIncomplete() throws Exception {
    Path snap = tmp.resolve("d");
    assertThat(demo("d").exit()).isZero();
    Cli r = Cli.run("evaluate", "--snapshot", snap.resolve("snapshot.json").toString(), "--now", NOW,
        "--format", "json", "--out", tmp.resolve("e").toString(), "--severity", "critical,high",
        "--exclude-checks", "net.*", "--allow-incomplete", "--fail-on", "critical");
    JsonNode report = JSON.readTree(tmp.resolve("e").resolve("report.json").toFile());
    for (JsonNode c : report.get("checks")) {
      assertThat(c.path("id").asText()).doesNotStartWith("net.");
      assertThat(c.path("severity").asText()).isIn("CRITICAL", "HIGH");
    }
    assertThat(report.path("settings").path("excludedChecks").toString()).contains("net.admin-port-open");
    Cli strict = Cli.run("evaluate", "--snapshot", snap.resolve("snapshot.json").toString(), "--now", NOW,
        "--format", "json", "--out", tmp.resolve("f").toString(), "--exclude-checks", "net.flow-logs-off",
        "--fail-on", "critical");
    assertThat(strict.out()).containsPattern("(?m)^exit [13]: ");
  }

  @Test
  void aSelectionMatchingNoCheck_isExit2() {
    Cli r = demo("typo", "--exclude-checks", "net.admin-prot-open");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--exclude-checks: 'net.admin-prot-open' matches no check");
  }

  @Test
  void status_listsOnlyThoseFindings_andQuietPrintsNothingElse() {
    Cli r = demo("status", "--status", "FAIL,unknown");
    assertThat(r.out()).containsPattern("(?m)^  FAIL ").containsPattern("(?m)^  UNKNOWN ")
        .doesNotContainPattern("(?m)^  PASS ").contains("Findings listed (FAIL,UNKNOWN): ");
    Cli q = demo("quiet", "--quiet");
    List<String> lines = q.out().stripTrailing().lines().toList();
    assertThat(lines.subList(0, lines.size() - 2)).allMatch(l -> l.startsWith("  FAIL "));
    assertThat(lines.get(lines.size() - 2)).startsWith("Findings listed (FAIL): ");
    assertThat(lines.get(lines.size() - 1)).startsWith("exit 0: ");
  }
}
