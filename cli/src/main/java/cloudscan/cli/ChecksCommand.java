package cloudscan.cli;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Lang;
import cloudscan.core.fact.FactKinds;
import cloudscan.report.ReportWriters;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "checks", header = "List every check: ID, severity, requirements, title.",
    mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
    description = {"List every check: ID, severity, requirements it serves, title; with --format json",
        "also former IDs, both titles and the fact kinds it needs (for scripts and selections)."},
    footerHeading = "%nExamples:%n",
    footer = {"  cloudscan checks --lang en",
        "  cloudscan checks --format json | jq -r '.[] | select(.severity == \"HIGH\") | .id'",
        "  cloudscan checks --formats"})
final class ChecksCommand implements Callable<Integer> {

  @Option(names = "--lang", paramLabel = "ja|en", defaultValue = OutputOptions.DEFAULT_LANG,
      description = "Language of the text listing. Default: ${DEFAULT-VALUE}.")
  String lang;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Listing format. Default: ${DEFAULT-VALUE}.")
  Listing.Format format;

  @Option(names = "--formats", description = "List the report formats instead.")
  boolean formats;

  @Spec
  CommandSpec spec;

  /** One check in the JSON listing. */
  record Item(String id, List<String> aliases, String severity, List<String> requirements, Listing.Bi title,
      List<String> needs) {
    static Item of(CheckSpec s) {
      return new Item(s.id(), s.aliases(), s.severity().name(),
          s.requirements().stream().map(Object::toString).toList(), Listing.Bi.of(s.title()),
          s.needs().stream().map(FactKinds::nameOf).toList());
    }
  }

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    if (formats) {
      ReportWriters.formats().forEach(out::println);
      return ExitCode.OK;
    }
    List<Check> checks = Registry.load().checks();
    if (format == Listing.Format.JSON) {
      Listing.json(out, checks.stream().map(c -> Item.of(c.spec())).toList());
      return ExitCode.OK;
    }
    Lang l = Lang.parse(lang);
    out.printf("%-40s %-9s %-12s %s%n", "ID", "SEVERITY", "REQUIREMENTS", "TITLE");
    for (Check c : checks) {
      CheckSpec s = c.spec();
      out.printf("%-40s %-9s %-12s %s%n", s.id(), s.severity(),
          s.requirements().stream().map(Object::toString).collect(Collectors.joining(",")), s.title().in(l));
    }
    return ExitCode.OK;
  }
}
