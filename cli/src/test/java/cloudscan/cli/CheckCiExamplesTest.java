package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The CI and scheduling examples in docs/ci cannot rot: every YAML file parses (all documents,
 * duplicate keys rejected), and every cloudscan command line in any file there names a real
 * subcommand and only options that subcommand has.
 */
class CheckCiExamplesTest {

  private static final Path CI = Path.of("..").toAbsolutePath().normalize().resolve("docs/ci");

  /** Options a colleague is adding (`--baseline`, `--fail-on-new`); the examples mark them as needing that version. */
  private static final Set<String> UPCOMING = Set.of("--baseline", "--fail-on-new");

  /** {@code ./cloudscan X}, {@code .../cloudscan.jar X}, {@code "$CLOUDSCAN_JAR" X} or {@code `cloudscan X} in prose. */
  private static final Pattern COMMAND = Pattern.compile(
      "(?:\\./cloudscan|[\\w/.-]*cloudscan\\.jar|\"?\\$\\{?CLOUDSCAN_JAR}?\"?|`cloudscan)[ \\t]+([a-z][a-z-]*)([^\\n]*)");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--[a-z][a-z0-9-]*)");

  private static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(CI)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static boolean isYaml(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".yml") || n.endsWith(".yaml");
  }

  @Test
  void theExpectedExamplesExist() {
    for (String f : List.of("github-actions.yml", "gitlab-ci.yml", "cloudscan.service", "cloudscan.timer",
        "cloudscan.cron", "cloudscan-weekly.sh", "cloudscan.env.example", "kubernetes-cronjob.yaml", "README.md")) {
      assertThat(CI.resolve(f)).as(f).isRegularFile();
    }
  }

  @Test
  void everyYamlFileParses() throws Exception {
    List<Path> yaml = files().stream().filter(CheckCiExamplesTest::isYaml).toList();
    assertThat(yaml).hasSizeGreaterThanOrEqualTo(3);
    for (Path p : yaml) {
      List<JsonNode> docs = documents(p);
      assertThat(docs).as(p + " has no document").isNotEmpty();
      docs.forEach(d -> assertThat(d.isObject()).as(p + ": every document is a mapping").isTrue());
    }
  }

  @Test
  void githubWorkflow_hasTheNeededPiecesAndFailsByExitCode() throws Exception {
    JsonNode wf = documents(CI.resolve("github-actions.yml")).get(0);
    assertThat(wf.get("on").has("schedule")).isTrue();
    assertThat(wf.get("on").has("pull_request")).isTrue();
    JsonNode job = wf.get("jobs").get("scan");
    assertThat(job.get("permissions").get("id-token").asText()).isEqualTo("write");
    List<String> uses = new ArrayList<>();
    job.get("steps").forEach(s -> uses.add(s.path("uses").asText()));
    assertThat(String.join(" ", uses)).contains("actions/setup-java@", "aws-actions/configure-aws-credentials@",
        "github/codeql-action/upload-sarif@", "actions/upload-artifact@");
    String all = Files.readString(CI.resolve("github-actions.yml"));
    assertThat(all).contains("role-to-assume", "java-version: \"17\"", "./mvnw", "GITHUB_STEP_SUMMARY", "report.md",
        "report.sarif");
    JsonNode gate = null;
    for (JsonNode s : job.get("steps")) {
      if ("Gate".equals(s.path("name").asText())) {
        gate = s;
      }
    }
    assertThat(gate).as("a Gate step").isNotNull();
    for (int code = 1; code <= 4; code++) {
      assertThat(gate.get("run").asText()).containsPattern("(?m)^\\s+" + code + "\\)");
    }
  }

  @Test
  void gitlabJob_publishesTheJunitReportCloudscanWrites() throws Exception {
    JsonNode ci = documents(CI.resolve("gitlab-ci.yml")).get(0);
    JsonNode job = ci.get("cloudscan");
    assertThat(job.get("artifacts").get("reports").get("junit").asText())
        .isEqualTo("cloudscan-out/" + cloudscan.report.junit.JunitReportWriter.FILE);
    assertThat(job.get("artifacts").get("when").asText()).isEqualTo("always");
    assertThat(job.get("allow_failure").get("exit_codes").get(0).asInt()).isEqualTo(ExitCode.EXPIRED);
  }

  @Test
  void cronJob_runsTheJarWithIrsa() throws Exception {
    List<JsonNode> docs = documents(CI.resolve("kubernetes-cronjob.yaml"));
    JsonNode sa = docs.stream().filter(d -> d.get("kind").asText().equals("ServiceAccount")).findFirst().orElseThrow();
    assertThat(sa.at("/metadata/annotations").has("eks.amazonaws.com/role-arn")).isTrue();
    JsonNode cj = docs.stream().filter(d -> d.get("kind").asText().equals("CronJob")).findFirst().orElseThrow();
    assertThat(cj.get("apiVersion").asText()).isEqualTo("batch/v1");
    JsonNode pod = cj.at("/spec/jobTemplate/spec/template/spec");
    assertThat(pod.get("serviceAccountName").asText()).isEqualTo(sa.at("/metadata/name").asText());
    assertThat(pod.get("restartPolicy").asText()).isEqualTo("Never");
    assertThat(Files.readString(CI.resolve("kubernetes-cronjob.yaml"))).contains("FROM eclipse-temurin:17-jre");
  }

  @Test
  void everyCloudscanCommandLineIsReal() throws Exception {
    CommandLine main = new CommandLine(new Main());
    Map<String, CommandLine> subs = main.getSubcommands();
    Set<String> seen = new LinkedHashSet<>();
    for (Path p : files()) {
      List<String> texts = new ArrayList<>();
      texts.add(Files.readString(p, StandardCharsets.UTF_8).replaceAll("\\\\\\r?\\n\\s*", " "));
      if (isYaml(p)) {
        for (JsonNode d : documents(p)) {
          strings(d, texts);
        }
      }
      for (String text : texts) {
        Matcher m = COMMAND.matcher(text);
        while (m.find()) {
          String sub = m.group(1);
          assertThat(subs).as(p.getFileName() + ": `cloudscan " + sub + "` is not a subcommand of Main")
              .containsKey(sub);
          seen.add(p.getFileName() + " " + sub);
          String rest = m.group(2).split("(;|\\|\\||&&|\\||\\s#|`|\\))", 2)[0];
          Matcher o = OPTION.matcher(rest);
          while (o.find()) {
            String opt = o.group(1);
            if (UPCOMING.contains(opt)) {
              continue;
            }
            assertThat(subs.get(sub).getCommandSpec().findOption(opt))
                .as(p.getFileName() + ": `cloudscan " + sub + "` has no option " + opt).isNotNull();
          }
        }
      }
    }
    assertThat(seen).contains("github-actions.yml scan", "github-actions.yml validate", "gitlab-ci.yml scan",
        "cloudscan-weekly.sh scan", "kubernetes-cronjob.yaml scan", "README.md attest", "README.md validate");
  }

  @Test
  void theUpcomingOptionsAreMarkedWhereTheyAreUsed() throws Exception {
    for (Path p : files()) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      if (text.contains("--baseline") || text.contains("--fail-on-new")) {
        assertThat(text).as(p + " must say these options need a newer cloudscan")
            .containsPattern("(?s)need.{0,80}version that ships");
      }
    }
  }

  private static List<JsonNode> documents(Path p) throws IOException {
    YAMLMapper yaml = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    List<JsonNode> out = new ArrayList<>();
    try (MappingIterator<JsonNode> it = yaml.readerFor(JsonNode.class).readValues(p.toFile())) {
      while (it.hasNextValue()) {
        out.add(it.nextValue());
      }
    } catch (IOException e) {
      throw new AssertionError(p + " is not valid YAML: " + e.getMessage(), e);
    }
    return out;
  }

  private static void strings(JsonNode n, List<String> out) {
    if (n.isTextual()) {
      out.add(n.asText().replaceAll("\\\\\\r?\\n\\s*", " "));
    }
    n.forEach(c -> strings(c, out));
  }
}
