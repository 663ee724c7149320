package cloudscan.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.check.Status;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.Finding;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.input.InputException;
import cloudscan.report.ReportOptions;
import cloudscan.report.fixture.SampleResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResultReaderTest {

  @TempDir Path dir;

  private final ResultReader reader = new ResultReader();

  private Path write(ScanResult r, String name) throws Exception {
    Path d = Files.createDirectories(dir.resolve(name));
    new JsonReportWriter().write(r, ReportOptions.defaults(), d);
    return d.resolve(JsonReportWriter.FILE);
  }

  private void assertRoundTrip(ScanResult r, String name) throws Exception {
    Path first = write(r, name + "-1");
    ScanResult back = reader.read(first);
    Path second = write(back, name + "-2");
    assertThat(Files.readAllBytes(second)).as(name).isEqualTo(Files.readAllBytes(first));
  }

  /** report.json of the last release before snapshot format 2: still a valid baseline and re-renderable. */
  @Test void resultOfTheFormerRelease_readsAndServesAsBaseline() throws Exception {
    Path old = dir.resolve("v1-report.json");
    try (var in = ResultReaderTest.class.getResourceAsStream("/compat/v1-demo-report.json")) {
      Files.copy(in, old);
    }
    ScanResult v1 = reader.read(old);
    assertThat(v1.requirements()).hasSize(24);
    assertThat(v1.snapshot().runs()).isNotEmpty();
    assertThat(v1.snapshot().runs().get(0).scopes()).allSatisfy(s -> assertThat(s.lookedFor()).containsExactly("*"));
    assertThat(v1.snapshot().runs().get(0).skipped()).extracting(s -> s.cause())
        .containsExactlyInAnyOrder(cloudscan.core.fact.SkipCause.NOT_ENABLED, cloudscan.core.fact.SkipCause.OTHER_PARTITION);
    ScanResult compared = SampleResult.build().comparedWith(v1);
    assertThat(compared.baseline()).isNotNull();
    Path again = write(v1, "v1-rerendered");
    assertThat(reader.read(again).requirements()).hasSize(24);
  }

  @Test void findingNamesAndTags_writeBackAndReadBack() throws Exception {
    ScanResult r = SampleResult.build();
    Path p = write(r, "labels");
    assertThat(Files.readString(p)).doesNotContain("\"tags\":{}");
    assertRoundTrip(r, "labels-rt");
  }

  @Test void sample_writesBackByteForByte() throws Exception {
    assertRoundTrip(SampleResult.build(), "sample");
  }

  @Test void sparse_writesBackByteForByte() throws Exception {
    assertRoundTrip(SampleResult.sparse(), "sparse");
  }

  @Test void withBaseline_writesBackByteForByte_andKeepsTheMarks() throws Exception {
    ScanResult r = SampleResult.withBaseline();
    assertRoundTrip(r, "baseline");
    ScanResult back = reader.read(write(r, "baseline-marks"));
    assertThat(back.baseline()).isNotNull();
    assertThat(back.baseline().resolved()).extracting(x -> x.finding().resource().id()).containsExactly("old-export");
    Finding xss = back.check("test.outside-japan").orElseThrow().findings().stream()
        .filter(f -> f.resource().id().equals(SampleResult.XSS_ID)).findFirst().orElseThrow();
    assertThat(back.baseline().mark(xss)).isEqualTo(Baseline.Mark.NEW);
  }

  @Test void customCatalog_findingsOfUnmappedChecks_writeBackByteForByte() throws Exception {
    ScanResult full = SampleResult.build();
    cloudscan.core.catalog.Catalog one = new cloudscan.core.catalog.Catalog("one", full.catalog().title(), null, null,
        List.of(), List.of(full.catalog().requirements().get(0)));
    ScanResult r = new ScanResult(full.snapshot(), one, full.evaluatedAt(), List.of(full.requirements().get(0)),
        full.checks(), full.gaps(), full.expiredWaivers());
    Path f = write(r, "unmapped");
    assertThat(Files.readString(f, StandardCharsets.UTF_8)).contains("\"unmappedFindings\"");
    assertThat(SchemaValidation.errors(Files.readString(f, StandardCharsets.UTF_8))).isEmpty();
    assertRoundTrip(r, "unmapped");
    assertThat(reader.read(f).check("test.patch-late").orElseThrow().findings())
        .isEqualTo(full.check("test.patch-late").orElseThrow().findings());
  }

  @Test void rebuildsTheModel() throws Exception {
    ScanResult back = reader.read(write(SampleResult.build(), "model"));
    ScanResult orig = SampleResult.build();
    assertThat(back.requirements()).hasSize(24);
    assertThat(back.checks()).extracting(c -> c.spec()).isEqualTo(orig.checks().stream().map(c -> c.spec()).toList());
    assertThat(back.checks()).extracting(c -> c.findings()).isEqualTo(orig.checks().stream().map(c -> c.findings()).toList());
    assertThat(back.requirements()).extracting(r -> List.of(r.requirement().id(), r.requirement().text(),
        r.requirement().assessment(), r.status(), r.checkIds(), r.attestationState(), String.valueOf(r.attestation())))
        .isEqualTo(orig.requirements().stream().map(r -> List.of(r.requirement().id(), r.requirement().text(),
            r.requirement().assessment(), r.status(), r.checkIds(), r.attestationState(),
            String.valueOf(r.attestation()))).toList());
    assertThat(back.gaps()).isEqualTo(orig.gaps());
    assertThat(back.expiredWaivers()).isEqualTo(orig.expiredWaivers());
    assertThat(back.snapshot()).isEqualTo(orig.snapshot());
    assertThat(back.evaluatedAt()).isEqualTo(orig.evaluatedAt());
  }

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("truncated", (Edit) s -> s.substring(0, s.length() / 2), "", "ends too early"),
        Arguments.of("wrong type", (Edit) s -> s.replaceFirst("\"section\" : 1", "\"section\" : \"one\""),
            "requirements[0].section", "not a valid number"),
        Arguments.of("unknown field", (Edit) s -> s.replaceFirst("\"advisory\" : false",
            "\"advisory\" : false, \"colour\" : \"red\""), "requirements[0].colour", "unknown field 'colour'"),
        Arguments.of("unknown status", (Edit) s -> s.replaceFirst("\"status\" : \"NOT_MET\"", "\"status\" : \"GREEN\""),
            "requirements[0].status", "NOT_MET"),
        Arguments.of("missing field", (Edit) s -> s.replaceFirst("\"advisory\" : false,", ""),
            "requirements[0].advisory", "is required but missing"),
        Arguments.of("null text", (Edit) s -> s.replaceFirst("\"label\" : \"[^\"]*\"", "\"label\" : null"),
            "requirements[0].label", "must not be null"),
        Arguments.of("edited count", (Edit) s -> s.replaceFirst("\"FAIL\" : 2", "\"FAIL\" : 7"),
            "summary.findings.FAIL", "disagrees"),
        Arguments.of("bad date", (Edit) s -> s.replaceFirst("\"expires\" : \"2026-12-31\"", "\"expires\" : \"soon\""),
            ".waiver.expires", "YYYY-MM-DD"),
        Arguments.of("unknown fact kind", (Edit) s -> s.replaceFirst("\"needs\" : \\[ \"Located\"", "\"needs\" : [ \"Gizmo\""),
            "checks[0].needs[0]", "not a fact kind"),
        Arguments.of("newer version", (Edit) s -> s.replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"),
            "schemaVersion", "not supported"));
  }

  interface Edit {
    String apply(String s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void brokenFile_namesFileLineAndField(String name, Edit edit, String field, String problem) throws Exception {
    Path f = write(SampleResult.build(), "broken");
    String json = Files.readString(f, StandardCharsets.UTF_8);
    String bad = edit.apply(json);
    assertThat(bad).as("the edit must change the file").isNotEqualTo(json);
    Files.writeString(f, bad, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> reader.read(f))
        .isInstanceOf(InputException.class)
        .satisfies(e -> {
          InputException ie = (InputException) e;
          assertThat(ie.getMessage()).startsWith(f + ":").contains(problem).doesNotContain("\n");
          assertThat(ie.line()).isPositive();
          assertThat(ie.field()).contains(field);
        });
  }

  @Test void missingFile_saysSo() {
    assertThatThrownBy(() -> reader.read(dir.resolve("nope.json")))
        .isInstanceOf(InputException.class).hasMessageContaining("no such file");
  }

  @Test void resolvedFinding_mustBeOpen() throws Exception {
    Path f = write(SampleResult.withBaseline(), "resolved");
    String json = Files.readString(f, StandardCharsets.UTF_8);
    int at = json.lastIndexOf("\"resolved\" : [");
    String bad = json.substring(0, at) + json.substring(at).replaceFirst("\"status\" : \"FAIL\"", "\"status\" : \"PASS\"");
    Files.writeString(f, bad, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> reader.read(f)).isInstanceOf(InputException.class)
        .hasMessageContaining("resolved[0].status");
    assertThat(Status.PASS).isNotNull();
  }
}
