package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code cloudscan evaluate} on small hand-made snapshots, each the failing case of a verdict the
 * scanner once got wrong (or could get wrong). Beside each {@code verdicts/<name>.json} an
 * {@code <name>.expect} file states what the verdicts must be:
 * <pre>
 *   exit 3
 *   finding &lt;check id&gt; &lt;part of the resource id&gt; &lt;STATUS&gt;   every matching finding has STATUS (at least one)
 *   no-finding &lt;check id&gt; &lt;part of the resource id&gt;
 *   requirement &lt;id&gt; &lt;STATUS&gt;
 *   stderr &lt;text the error output contains&gt;
 * </pre>
 */
class HandMadeSnapshotsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NOW = "2026-06-01T03:00:00Z";

  @TempDir
  Path tmp;

  static Stream<String> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(HandMadeSnapshotsTest.class.getResource("/verdicts").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
      assertThat(names).as("hand-made snapshots").hasSizeGreaterThanOrEqualTo(10);
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void verdictsAreAsExpected(String name) throws Exception {
    Path dir = Path.of(HandMadeSnapshotsTest.class.getResource("/verdicts").toURI());
    List<String[]> expectations = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(name + ".expect"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        expectations.add(line.trim().split(" ", 2));
      }
    }
    assertThat(expectations).as(name + ".expect has an exit line").anyMatch(e -> e[0].equals("exit"));

    Path out = tmp.resolve("out");
    Cli cli = Cli.run("evaluate", "--snapshot", dir.resolve(name + ".json").toString(), "--now", NOW,
        "--out", out.toString(), "--format", "json");
    List<Finding> findings = cli.exit() == ExitCode.BAD_INPUT ? List.of() : findings(out.resolve("report.json"));
    JsonNode report = cli.exit() == ExitCode.BAD_INPUT ? null : JSON.readTree(out.resolve("report.json").toFile());

    for (String[] e : expectations) {
      String[] args = e.length > 1 ? e[1].split(" ") : new String[0];
      switch (e[0]) {
        case "exit" -> assertThat(cli.exit()).as(name + ": exit code\n" + cli.err()).isEqualTo(Integer.parseInt(args[0]));
        case "stderr" -> assertThat(cli.err()).as(name + ": error output").contains(e[1]);
        case "requirement" -> assertThat(requirementStatus(report, args[0])).as(name + ": requirement " + args[0])
            .isEqualTo(args[1]);
        case "finding" -> {
          List<Finding> matching = matching(findings, args[0], args[1]);
          assertThat(matching).as(name + ": findings of " + args[0] + " on *" + args[1] + "*; all: " + findings)
              .isNotEmpty().allMatch(f -> f.status().equals(args[2]));
        }
        case "no-finding" -> assertThat(matching(findings, args[0], args[1]))
            .as(name + ": no finding of " + args[0] + " on *" + args[1] + "*").isEmpty();
        default -> throw new AssertionError(name + ".expect: unknown line '" + String.join(" ", e) + "'");
      }
    }
  }

  private record Finding(String check, String resource, String status) { }

  private static List<Finding> matching(List<Finding> all, String check, String resourcePart) {
    return all.stream().filter(f -> f.check().equals(check) && f.resource().contains(resourcePart)).toList();
  }

  private static List<Finding> findings(Path report) throws IOException {
    List<Finding> out = new ArrayList<>();
    for (JsonNode r : JSON.readTree(report.toFile()).get("requirements")) {
      for (JsonNode f : r.get("findings")) {
        Finding finding = new Finding(f.get("checkId").asText(), f.get("resource").get("id").asText(),
            f.get("status").asText());
        if (!out.contains(finding)) {
          out.add(finding);
        }
      }
    }
    return out;
  }

  private static String requirementStatus(JsonNode report, String id) {
    assertThat(report).as("report.json").isNotNull();
    for (JsonNode r : report.get("requirements")) {
      if (r.get("id").asText().equals(id)) {
        return r.get("status").asText();
      }
    }
    throw new AssertionError("no requirement " + id);
  }
}
