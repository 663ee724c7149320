package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.engine.ScanResult;
import cloudscan.report.json.ResultReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report is bound to its evidence and its yardstick: the SHA-256 of the snapshot judged, the
 * system name, and every threshold in effect with the catalog's value and where it came from.
 * Thresholds may be tightened (option, config), never loosened.
 */
class EvidenceBindingTest {

  private static final String NOW = "2026-11-26T00:00:00Z";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path tmp;

  static Path demo;

  @BeforeAll
  static void demo() {
    demo = tmp.resolve("demo");
    Cli r = Cli.run("demo", "--out", demo.toString(), "--now", NOW, "--format", "json",
        "--system-name", "Payroll (Example K.K.)");
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static JsonNode report(Path dir) throws Exception {
    return JSON.readTree(dir.resolve("report.json").toFile());
  }

  private Cli evaluate(String name, String... extra) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("evaluate", "--snapshot",
        demo.resolve("snapshot.json").toString(), "--now", NOW, "--format", "json", "--out", tmp.resolve(name).toString()));
    args.addAll(java.util.List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void demo_recordsTheHashOfTheSnapshotItWrote_andTheSystemName() throws Exception {
    JsonNode r = report(demo);
    assertThat(r.path("snapshot").path("sha256").asText()).isEqualTo(sha256(demo.resolve("snapshot.json")));
    assertThat(r.path("settings").path("systemName").asText()).isEqualTo("Payroll (Example K.K.)");
    assertThat(r.path("snapshot").path("createdAt").asText()).isNotBlank();
    assertThat(r.path("snapshot").path("runs").get(0).path("identity").asText()).isNotBlank();
    assertThat(r.path("evaluatedAt").asText()).isEqualTo(NOW);
  }

  @Test
  void evaluate_recordsTheHashOfTheFileItRead() throws Exception {
    Cli r = evaluate("eval");
    assertThat(r.err()).doesNotContain("error");
    assertThat(report(tmp.resolve("eval")).path("snapshot").path("sha256").asText())
        .isEqualTo(sha256(demo.resolve("snapshot.json")));
  }

  @Test
  void everyThresholdInEffect_isRecorded_withTheCatalogsValueAndItsSource() throws Exception {
    evaluate("tight", "--threshold", "logRetentionDays=730");
    JsonNode t = report(tmp.resolve("tight")).path("settings").path("thresholds");
    assertThat(t).hasSize(6);
    assertThat(t.get(0).path("name").asText()).isEqualTo("logRetentionDays");
    assertThat(t.get(0).path("value").asText()).isEqualTo("730");
    assertThat(t.get(0).path("catalogValue").asText()).isEqualTo("365");
    assertThat(t.get(0).path("source").asText()).isEqualTo("OPTION");
    assertThat(t.get(2).path("name").asText()).isEqualTo("patchWindowDays");
    assertThat(t.get(2).path("source").asText()).isEqualTo("CATALOG");
  }

  @Test
  void aLooserThreshold_isExit2_andNothingIsWritten() {
    Cli r = evaluate("loose", "--threshold", "logRetentionDays=1");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("error: --threshold: logRetentionDays=1 is looser than the catalog's 365 "
        + "(fujisawa-external-services): a threshold may be tightened, never loosened (higher is stricter)");
    assertThat(tmp.resolve("loose")).doesNotExist();
  }

  @Test
  void aLooserPatchWindow_isExit2_aShorterOneIsFine() {
    assertThat(evaluate("patch-loose", "--threshold", "patchWindowDays=30").exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(evaluate("patch-tight", "--threshold", "patchWindowDays=3").exit()).isNotEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void configFile_tightens_andTheCommandLineWinsOverIt() throws Exception {
    Path cfg = tmp.resolve("cloudscan.yaml");
    Files.writeString(cfg, """
        version: 1
        thresholds:
          logRetentionDays: 400
          patchWindowDays: 5
        systemName: from the config
        """);
    Cli r = evaluate("config", "--config", cfg.toString(), "--threshold", "logRetentionDays=500");
    assertThat(r.err()).doesNotContain("error");
    JsonNode s = report(tmp.resolve("config")).path("settings");
    assertThat(s.path("thresholds").get(0).path("value").asText()).isEqualTo("500");
    assertThat(s.path("thresholds").get(0).path("source").asText()).isEqualTo("OPTION");
    assertThat(s.path("thresholds").get(2).path("value").asText()).isEqualTo("5");
    assertThat(s.path("thresholds").get(2).path("source").asText()).isEqualTo("CONFIG");
    assertThat(s.path("systemName").asText()).isEqualTo("from the config");
  }

  @Test
  void configFile_cannotLoosenEither_andUnknownKeysAreRejected() throws Exception {
    Path loose = tmp.resolve("loose.yaml");
    Files.writeString(loose, "version: 1\nthresholds:\n  minPasswordLength: 6\n");
    Cli r = evaluate("config-loose", "--config", loose.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--config: minPasswordLength=6 is looser than the catalog's 8");
    Path typo = tmp.resolve("typo.yaml");
    Files.writeString(typo, "version: 1\nfailon: high\n");
    Cli t = evaluate("config-typo", "--config", typo.toString());
    assertThat(t.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(t.err()).contains(typo + ":2:").contains("unknown field 'failon'");
  }

  @Test
  void aCatalogsOwnThresholds_areTheYardstick() throws Exception {
    String bundled = new String(getClass().getClassLoader()
        .getResourceAsStream("cloudscan/catalog/fujisawa.json").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    Path catalog = tmp.resolve("strict-city.json");
    Files.writeString(catalog, bundled.replace("\"logRetentionDays\": 365", "\"logRetentionDays\": 1825"));
    Cli r = evaluate("city", "--catalog", catalog.toString(), "--threshold", "logRetentionDays=730");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("looser than the catalog's 1825");
  }

  @Test
  void settings_readBack_fromReportJson() throws Exception {
    ScanResult r = new ResultReader().read(demo.resolve("report.json"));
    assertThat(r.settings().systemName()).isEqualTo("Payroll (Example K.K.)");
    assertThat(r.settings().thresholds()).hasSize(6);
    assertThat(r.settings().snapshotSha256()).isEqualTo(sha256(demo.resolve("snapshot.json")));
  }
}
