package cloudscan.cli;

import cloudscan.core.engine.ScanResult;
import cloudscan.report.ReportOptions;
import cloudscan.report.ReportWriter;
import cloudscan.report.json.ResultReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", header = "Render a saved result again in other formats or languages.", sortOptions = false,
    mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
    description = {"Render the reports of an earlier result again, in other formats or another",
        "language, without scanning or judging again: report.json is read back exactly",
        "as it was written. Other files in the output directory stay. Exits 0 when the",
        "reports were written (no gate is applied)."},
    footerHeading = "%nExamples:%n",
    footer = {"  cloudscan report --from cloudscan-out/report.json --format sarif,junit,markdown --out ci",
        "  cloudscan report --from report.json --format html --lang en --out english",
        "  cloudscan report --from report.json --baseline last-month/report.json \\",
        "      --format html,markdown --out compared"})
final class ReportCommand implements Callable<Integer> {

  @Option(names = "--from", required = true, paramLabel = "FILE", order = -2,
      description = "A report.json written by demo, evaluate, scan or report.")
  Path from;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "An earlier report.json: compare with it (new, unchanged, resolved), replacing any "
          + "comparison the result already carries.")
  Path baseline;

  @Mixin
  OutputOptions output;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<ReportWriter> writers = ReportOutput.writers(output.formats);
    Path dir = output.dir(java.time.Instant.now());
    Outputs.requireWritableDir(dir, "--out");
    ResultReader reader = new ResultReader();
    ScanResult result = reader.read(from);
    if (baseline != null) {
      result = result.comparedWith(reader.read(baseline));
    }
    ReportOutput.Written w = ReportOutput.write(result, writers, dir, new ReportOptions(output.language()));
    w.files().forEach(f -> spec.commandLine().getOut().println("wrote " + f));
    return ExitCode.OK;
  }
}
