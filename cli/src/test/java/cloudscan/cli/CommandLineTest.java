package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Help, suggestions, option conventions and the JSON listings. */
class CommandLineTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> commands() {
    return new ArrayList<>(new CommandLine(new Main()).getSubcommands().keySet()).stream()
        .filter(c -> !c.equals("help")).toList();
  }

  @Test
  void helpWhenPiped_wrapsAt80_butPrintsEveryExampleExactly() {
    for (String c : commands()) {
      Cli r = Cli.run(c, "--help");
      assertThat(r.exit()).as(c).isZero();
      String[] footer = Help.configure(new CommandLine(new Main())).getSubcommands().get(c)
          .getCommandSpec().usageMessage().footer();
      for (String line : footer) {
        assertThat(r.out()).as(c + " example").contains(line);
      }
      String beforeExamples = r.out().contains("Examples:") ? r.out().substring(0, r.out().indexOf("Examples:")) : r.out();
      assertThat(beforeExamples.lines()).as(c + " wraps at 80 when piped").allMatch(l -> l.length() <= 80);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"scan", "evaluate", "report"})
  void requiredOptions_comeFirst(String command) {
    CommandLine cl = new CommandLine(new Main()).getSubcommands().get(command);
    String required = cl.getCommandSpec().options().stream().filter(OptionSpec::required)
        .map(OptionSpec::longestName).findFirst().orElseThrow();
    String help = Cli.run(command, "--help").out();
    String options = help.substring(help.indexOf("Options:") >= 0 ? help.indexOf("Options:") : 0);
    int first = options.indexOf("  -");
    assertThat(options.substring(first, options.indexOf('\n', first))).as(command).contains(required);
  }

  @Test
  void lang_hasTheSameDefaultEverywhere() {
    Map<String, String> defaults = new TreeMap<>();
    for (String c : commands()) {
      OptionSpec lang = new CommandLine(new Main()).getSubcommands().get(c).getCommandSpec().findOption("--lang");
      if (lang != null) {
        defaults.put(c, lang.defaultValue());
      }
    }
    assertThat(defaults).containsKeys("demo", "evaluate", "scan", "report", "diff", "checks", "requirements");
    assertThat(defaults.values()).containsOnly(OutputOptions.DEFAULT_LANG);
  }

  @Test
  void provider_isCaseInsensitive() {
    Cli perm = Cli.run("permissions", "--provider", "AWS");
    assertThat(perm.exit()).as(perm.err()).isZero();
    Cli scan = Cli.run("scan", "--provider", "AWS", "--out", "/proc/cannot-write-here");
    assertThat(scan.err()).doesNotContain("no provider");
  }

  @Test
  void mistypedSubcommand_suggestsTheRightOne() {
    Cli r = Cli.run("evalute");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("Did you mean").contains("evaluate");
  }

  @Test
  void mistypedOption_suggestsTheRightOne() {
    Cli r = Cli.run("evaluate", "--snapshot", "s.json", "--threshhold", "logRetentionDays=730");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--threshold");
  }

  @Test
  void checksAsJson_listEveryCheckWithItsMetadata() throws Exception {
    Cli r = Cli.run("checks", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode list = JSON.readTree(r.out());
    assertThat(list.size()).isEqualTo(Registry.load().checks().size());
    JsonNode first = list.get(0);
    assertThat(first.fieldNames()).toIterable()
        .containsExactly("id", "aliases", "severity", "requirements", "title", "needs");
    assertThat(first.path("title").path("ja").asText()).isNotBlank();
  }

  @Test
  void requirementsAsJson_listEveryRequirementAndTheThresholds() throws Exception {
    Cli r = Cli.run("requirements", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.path("requirements")).hasSize(24);
    assertThat(doc.path("thresholds").path("logRetentionDays").asText()).isEqualTo("365");
    assertThat(doc.path("requirements").get(0).path("checks")).isNotEmpty();
  }
}
