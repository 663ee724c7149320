package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of file the tool reads (catalog, snapshot, result JSON, waivers, attestations), each
 * truncated, with a value of the wrong type and with an unknown field: exit 2, one line per
 * problem naming file:line (and the field, where the file got that far), no stack trace, nothing
 * in --out. A truncated YAML entry lacks several fields: each is named on its own line.
 */
class BadInputFilesTest {

  private static final String NOW = "2026-11-26T00:00:00Z";

  @TempDir
  static Path tmp;

  static Path demo;

  static final String CATALOG = """
      {"schemaVersion": 1, "id": "bad-input-test", "titleJa": "テスト", "titleEn": "test",
       "sections": [
        {"number": 3, "titleJa": "s3", "titleEn": "s3", "items": [
          {"id": "3.3", "textJa": "ファイアウォール", "textEn": "firewalls", "assessment": "AUTO"}]}]}
      """;

  @BeforeAll
  static void demo() {
    demo = tmp.resolve("demo");
    Cli r = Cli.run("demo", "--out", demo.toString(), "--now", NOW, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
  }

  /** How a kind of file is given to the CLI: the arguments for a bad file and an output dir. */
  enum Kind {
    CATALOG((bad, out) -> List.of("evaluate", "--snapshot", snapshot(), "--catalog", bad, "--out", out)),
    SNAPSHOT((bad, out) -> List.of("evaluate", "--snapshot", bad, "--out", out)),
    WAIVERS((bad, out) -> List.of("evaluate", "--snapshot", snapshot(), "--waivers", bad, "--out", out)),
    ATTESTATIONS((bad, out) -> List.of("evaluate", "--snapshot", snapshot(), "--attestations", bad, "--out", out)),
    RESULT_AS_BASELINE((bad, out) -> List.of("evaluate", "--snapshot", snapshot(), "--baseline", bad, "--out", out)),
    RESULT_FOR_REPORT((bad, out) -> List.of("report", "--from", bad, "--out", out, "--format", "json,html")),
    RESULT_FOR_DIFF((bad, out) -> List.of("diff", bad, demo.resolve("report.json").toString()));

    final BiFunction<String, String, List<String>> args;

    Kind(BiFunction<String, String, List<String>> args) {
      this.args = args;
    }

    private static String snapshot() {
      return demo.resolve("snapshot.json").toString();
    }
  }

  static String base(Kind k) throws Exception {
    return switch (k) {
      case CATALOG -> CATALOG;
      case SNAPSHOT -> read("snapshot.json");
      case WAIVERS -> read("waivers.yaml");
      case ATTESTATIONS -> read("attestations.yaml");
      default -> read("report.json");
    };
  }

  private static String read(String name) throws Exception {
    return Files.readString(demo.resolve(name), StandardCharsets.UTF_8);
  }

  static UnaryOperator<String> replace(String from, String to) {
    return s -> {
      assertThat(s).as("fixture must contain " + from).contains(from);
      return s.replaceFirst(Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    };
  }

  /** Cuts the file before the first occurrence of {@code marker} (or in half). */
  static UnaryOperator<String> truncate(String marker) {
    return s -> {
      int at = marker == null ? s.length() / 2 : s.indexOf(marker);
      assertThat(at).as("fixture must contain " + marker).isPositive();
      return s.substring(0, at);
    };
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    // kind, defect, edit, field the message must name ("" when the file ends before any field)
    out.add(Arguments.of(Kind.CATALOG, "truncated", truncate(null), ""));
    out.add(Arguments.of(Kind.CATALOG, "wrong type", replace("\"number\": 3", "\"number\": \"three\""),
        "sections[0].number"));
    out.add(Arguments.of(Kind.CATALOG, "unknown field", replace("\"assessment\": \"AUTO\"",
        "\"assessment\": \"AUTO\", \"colour\": \"red\""), "colour"));
    out.add(Arguments.of(Kind.SNAPSHOT, "truncated", truncate(null), ""));
    out.add(Arguments.of(Kind.SNAPSHOT, "wrong type", replace("\"formatVersion\":2", "\"formatVersion\":\"one\""),
        "formatVersion"));
    out.add(Arguments.of(Kind.SNAPSHOT, "unknown field", replace("\"format\":\"cloudscan-snapshot\",",
        "\"format\":\"cloudscan-snapshot\",\"colour\":\"red\","), "colour"));
    out.add(Arguments.of(Kind.WAIVERS, "truncated", truncate("    approvedBy:"), "approvedBy"));
    out.add(Arguments.of(Kind.WAIVERS, "wrong type", replace("expires: 2029-09-14", "expires: [2029, 9, 14]"),
        "expires"));
    out.add(Arguments.of(Kind.WAIVERS, "unknown field", replace("    category: waiver\n",
        "    category: waiver\n    colour: red\n"), "colour"));
    out.add(Arguments.of(Kind.ATTESTATIONS, "truncated", truncate("    attestedBy:"), "attestedBy"));
    out.add(Arguments.of(Kind.ATTESTATIONS, "wrong type", replace("attestedOn: 2026-10-01",
        "attestedOn: {day: 1}"), "attestedOn"));
    out.add(Arguments.of(Kind.ATTESTATIONS, "unknown field", replace("    attestedBy:",
        "    colour: red\n    attestedBy:"), "colour"));
    for (Kind k : List.of(Kind.RESULT_AS_BASELINE, Kind.RESULT_FOR_REPORT, Kind.RESULT_FOR_DIFF)) {
      out.add(Arguments.of(k, "truncated", truncate(null), ""));
      out.add(Arguments.of(k, "wrong type", replace("\"section\" : 1", "\"section\" : \"one\""),
          "requirements[0].section"));
      out.add(Arguments.of(k, "unknown field", replace("\"advisory\" : false",
          "\"advisory\" : false, \"colour\" : \"red\""), "colour"));
    }
    return out.stream();
  }

  private static int lineOf(String text, String needle) {
    return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void badFile_exits2_withOneLineNamingFileLineAndField_andWritesNothing(Kind kind, String defect,
      UnaryOperator<String> edit, String field) throws Exception {
    String name = kind.name().toLowerCase() + "-" + defect.replace(' ', '-');
    Path bad = tmp.resolve(name + (kind == Kind.WAIVERS || kind == Kind.ATTESTATIONS ? ".yaml" : ".json"));
    Files.writeString(bad, edit.apply(base(kind)), StandardCharsets.UTF_8);
    Path out = tmp.resolve("out-" + name);

    Cli r = Cli.run(kind.args.apply(bad.toString(), out.toString()).toArray(String[]::new));

    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
    String err = r.err().strip();
    boolean yamlEntry = kind == Kind.WAIVERS || kind == Kind.ATTESTATIONS;
    if (!(yamlEntry && defect.equals("truncated"))) {
      assertThat(err).as("one line").doesNotContain("\n");
    }
    assertThat(err.lines()).as("each line names file:line")
        .allMatch(l -> l.matches("^error: " + Pattern.quote(bad.toString()) + ":[1-9][0-9]*:.*"));
    if (!field.isEmpty()) {
      assertThat(err).as("names the field").contains(field);
    } else {
      assertThat(err).as("says why").containsIgnoringCase("truncated");
    }
    if (defect.equals("unknown field")) {
      int line = lineOf(Files.readString(bad, StandardCharsets.UTF_8), "colour");
      assertThat(err).as("points at the unknown field's line").contains(bad + ":" + line + ":");
    }
    assertThat(err).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.out()).doesNotContain("wrote");
    assertThat(out).as("nothing written to --out").doesNotExist();
  }
}
