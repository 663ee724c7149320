package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.catalog.AssessmentKind;
import cloudscan.core.catalog.Catalog;
import cloudscan.core.catalog.CatalogLoader;
import cloudscan.core.catalog.Requirement;
import cloudscan.core.input.InputException;
import cloudscan.core.waiver.Attestation;
import cloudscan.core.waiver.AttestationLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttestTemplateTest {

  private static final String NOW = "2026-11-26T00:00:00Z";
  private static final Catalog CATALOG = CatalogLoader.loadDefault();

  @TempDir
  static Path shared;

  static Path snapshot;

  @TempDir
  Path tmp;

  @BeforeAll
  static void demoSnapshot() {
    Path demo = shared.resolve("demo");
    Cli r = Cli.run("demo", "--out", demo.toString(), "--now", NOW, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    snapshot = demo.resolve("snapshot.json");
  }

  private Path template() {
    Path t = tmp.resolve("attestations.yaml");
    Cli r = Cli.run("attest", "--template", "--out", t.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return t;
  }

  /** What a person does: replace each placeholder with a real value. */
  private static String fillIn(String template) {
    return template
        .replaceAll("attestedOn: \"TODO[^\"]*\"", "attestedOn: 2026-10-01")
        .replaceAll("validUntil: \"TODO[^\"]*\"", "validUntil: 2029-09-30")
        .replaceAll("\"TODO[^\"]*\"", "\"filled in by the test\"");
  }

  @Test
  void coversExactlyTheAttestAndPartialItems_inCatalogOrder() throws Exception {
    JsonNode doc = new YAMLMapper().readTree(template().toFile());
    List<String> inTemplate = new ArrayList<>();
    doc.get("attestations").forEach(a -> inTemplate.add(a.get("requirement").asText()));
    List<String> expected = CATALOG.requirements().stream()
        .filter(r -> r.assessment() == AssessmentKind.ATTEST || r.assessment() == AssessmentKind.PARTIAL)
        .map(r -> r.id().toString()).toList();
    assertThat(inTemplate).containsExactlyElementsOf(expected)
        .contains("1.2", "2.1", "2.4", "3.1", "3.9", "3.11").doesNotContain("1.1", "3.13");
    assertThat(doc.get("version").asInt()).isEqualTo(1);
  }

  @Test
  void commentsCarryLabelTextsAndEvidenceHints() throws Exception {
    String t = Files.readString(template(), StandardCharsets.UTF_8);
    Requirement r21 = CATALOG.requirements().stream().filter(r -> r.id().toString().equals("2.1")).findFirst().orElseThrow();
    assertThat(t).contains("# ２（１）  2.1  [ATTEST]")
        .contains(r21.text().en())
        .contains("ISO/IEC 27001 and ISO/IEC 27017 certificate numbers")
        .contains("ISMAP registration number of the provider")
        .contains("証跡の例:")
        .contains("Checked automatically");
    // Japanese text survives wrapping: rejoin the comment lines of 2.1.
    String joined = t.replaceAll("\\n  # ", "").replaceAll("\\s", "");
    assertThat(joined).contains(r21.text().ja().replaceAll("\\s", ""));
    assertThat(t.lines()).allMatch(l -> AttestTemplate.columns(l) <= 104, "lines fit 104 columns");
  }

  @Test
  void everyAttestItemOfTheBundledCatalogHasItsOwnHint_andNoHintIsForAnUnknownItem() {
    AttestTemplate.Hints hints = AttestTemplate.Hints.load();
    Map<String, ?> fujisawa = hints.byCatalog().get(CATALOG.id());
    List<String> needed = CATALOG.requirements().stream().filter(r -> r.assessment().needsAttestation())
        .map(r -> r.id().toString()).toList();
    assertThat(fujisawa.keySet()).containsExactlyInAnyOrderElementsOf(needed);
    hints.byCatalog().get(CATALOG.id()).values().forEach(t -> {
      assertThat(t.ja()).isNotBlank();
      assertThat(t.en()).isNotBlank();
    });
  }

  @Test
  void untouchedTemplate_isRejectedWithFileLineAndField() throws Exception {
    Path t = template();
    Cli r = Cli.run("evaluate", "--snapshot", snapshot.toString(), "--attestations", t.toString(),
        "--out", tmp.resolve("o").toString(), "--now", NOW);
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    int line = lineOf(t, "statement: \"TODO");
    assertThat(r.err().strip())
        .startsWith("error: " + t + ":" + line + ": field 'attestations[0].statement': fill in this field");
    assertThat(r.err().strip().lines()).as("every placeholder, one line each")
        .hasSizeGreaterThan(1).allMatch(l -> l.startsWith("error: " + t + ":") && l.contains("fill in this field"));
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void aSingleLeftoverPlaceholder_isNamed() throws Exception {
    Path t = template();
    String filled = fillIn(Files.readString(t, StandardCharsets.UTF_8));
    // Put one placeholder back, in the evidence of the third entry.
    int at = nthIndexOf(filled, "reference: \"filled in by the test\"", 3);
    filled = filled.substring(0, at) + "reference: \"TODO: URL\"" + filled.substring(at + "reference: \"filled in by the test\"".length());
    Files.writeString(t, filled);
    assertThatThrownBy(load(t)).isInstanceOf(InputException.class)
        .hasMessageContaining(t + ":" + lineOf(t, "reference: \"TODO") + ":")
        .hasMessageContaining("attestations[2].evidence[0].reference").hasMessageContaining("fill in");
  }

  @Test
  void filledInTemplate_loads_andMakes12MetInEvaluate() throws Exception {
    Path t = template();
    Files.writeString(t, fillIn(Files.readString(t, StandardCharsets.UTF_8)));
    List<Attestation> loaded = AttestationLoader.load(t, CATALOG);
    assertThat(loaded).hasSize(15);

    Path out = tmp.resolve("report");
    Cli r = Cli.run("evaluate", "--snapshot", snapshot.toString(), "--attestations", t.toString(),
        "--out", out.toString(), "--now", NOW, "--format", "json");
    assertThat(r.err()).doesNotContain("error");
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(status(report, "1.2")).isEqualTo("MET");
    assertThat(status(report, "3.1")).isEqualTo("MET");

    // Without the attestations, the same snapshot leaves 1.2 waiting for one.
    Path bare = tmp.resolve("bare");
    Cli.run("evaluate", "--snapshot", snapshot.toString(), "--out", bare.toString(), "--now", NOW, "--format", "json");
    assertThat(status(new ObjectMapper().readTree(bare.resolve("report.json").toFile()), "1.2"))
        .isEqualTo("ATTESTATION_REQUIRED");
  }

  @Test
  void refusesToOverwrite_unlessForced() throws Exception {
    Path t = tmp.resolve("attestations.yaml");
    Files.writeString(t, "mine\n");
    Cli r = Cli.run("attest", "--template", "--out", t.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains(t + ": already exists; use --force");
    assertThat(Files.readString(t)).isEqualTo("mine\n");

    Cli forced = Cli.run("attest", "--template", "--out", t.toString(), "--force");
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(Files.readString(t)).startsWith("# attestations.yaml");
    try (var s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("attestations.yaml");
    }
  }

  @Test
  void defaultName_andStdout_andCreatesParents() throws Exception {
    Path nested = tmp.resolve("compliance/2026/attestations.yaml");
    assertThat(Cli.run("attest", "--template", "-o", nested.toString()).exit()).isZero();
    assertThat(nested).isNotEmptyFile();
    Cli std = Cli.run("attest", "--template", "--out", "-");
    assertThat(std.exit()).isZero();
    assertThat(std.out()).isEqualTo(Files.readString(nested, StandardCharsets.UTF_8));
    assertThat(new picocli.CommandLine(new AttestCommand()).getCommandSpec().findOption("--out").defaultValue())
        .isEqualTo("attestations.yaml");
  }

  @Test
  void withoutTemplate_isAUsageError() {
    Cli r = Cli.run("attest");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--template");
  }

  @Test
  void anotherCatalog_getsTheGenericHint() throws Exception {
    Path cat = tmp.resolve("cat.json");
    Files.writeString(cat, """
        {"schemaVersion": 1, "id": "other-city", "titleJa": "他市", "titleEn": "Other city",
         "sections": [{"number": 1, "titleJa": "s", "titleEn": "s", "items": [
           {"id": "1.1", "textJa": "自動", "textEn": "auto", "assessment": "AUTO"},
           {"id": "1.2", "textJa": "表明", "textEn": "attest me", "assessment": "ATTEST"}]}]}
        """);
    Cli r = Cli.run("attest", "--template", "--catalog", cat.toString(), "--out", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("attest me").contains("Documents showing the requirement is met")
        .doesNotContain("requirement: \"1.1\"");
  }

  private static ThrowingCallable load(Path t) {
    return () -> AttestationLoader.load(t, CATALOG);
  }

  private static String status(JsonNode report, String id) {
    for (JsonNode r : report.get("requirements")) {
      if (r.get("id").asText().equals(id)) {
        return r.get("status").asText();
      }
    }
    throw new AssertionError("no requirement " + id);
  }

  private static int lineOf(Path file, String needle) throws Exception {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in " + file);
  }

  private static int nthIndexOf(String s, String needle, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = s.indexOf(needle, at + 1);
    }
    return at;
  }
}
