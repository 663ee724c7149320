package cloudscan.cli;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Lang;
import cloudscan.report.ReportWriters;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "checks", header = "List every check: ID, severity, requirements, title.", mixinStandardHelpOptions = true,
    description = "List every check: ID, severity, requirements it serves, fact kinds it needs, title.")
final class ChecksCommand implements Callable<Integer> {

  @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "en", description = "Language. Default: ${DEFAULT-VALUE}.")
  String lang;

  @Option(names = "--formats", description = "List the report formats instead.")
  boolean formats;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    if (formats) {
      ReportWriters.formats().forEach(out::println);
      return ExitCode.OK;
    }
    Lang l = Lang.parse(lang);
    out.printf("%-40s %-9s %-12s %s%n", "ID", "SEVERITY", "REQUIREMENTS", "TITLE");
    for (Check c : Registry.load().checks()) {
      CheckSpec s = c.spec();
      out.printf("%-40s %-9s %-12s %s%n", s.id(), s.severity(),
          s.requirements().stream().map(Object::toString).collect(Collectors.joining(",")), s.title().in(l));
    }
    return ExitCode.OK;
  }
}
