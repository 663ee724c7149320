package cloudscan.cli;

import cloudscan.core.engine.ScanResult;
import cloudscan.core.input.InputException;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Shared tail of demo, evaluate and scan: judge, write reports, print a summary, gate. */
abstract class JudgingCommand {

  @Mixin
  JudgeOptions judge;

  @Mixin
  BaselineOptions baseline;

  @Mixin
  OutputOptions output;

  @Spec
  CommandSpec spec;

  Clock clock = Clock.systemUTC();

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Validates every input file and option before any long work starts. */
  Prepared prepare(Judge.Defaults defaults) throws InputException {
    Registry registry = Registry.load();
    List<ReportWriter> writers = ReportOutput.writers(output.formats);
    Judge j = Judge.prepare(registry, judge, clock, defaults);
    Gate gate = judge.gate(baseline.failOnNew);
    return new Prepared(registry, j, writers, baseline.read(), gate);
  }

  /** @param baseline the earlier result to compare with, or null */
  record Prepared(Registry registry, Judge judge, List<ReportWriter> writers, ScanResult baseline,
      Gate gate) { }

  int finish(Prepared p, Snapshot snapshot, boolean writeSnapshot) throws IOException {
    return finish(p, snapshot, writeSnapshot, Map.of());
  }

  /** Judges, writes reports (plus {@code extraFiles}) atomically, prints a summary, gates. */
  int finish(Prepared p, Snapshot snapshot, boolean writeSnapshot, Map<String, byte[]> extraFiles)
      throws IOException {
    ScanResult result = p.judge().evaluate(snapshot);
    if (p.baseline() != null) {
      result = result.comparedWith(p.baseline());
    }
    List<Path> files = ReportOutput.write(result, writeSnapshot ? snapshot : null, p.writers(), output,
        extraFiles);
    Summary.print(out(), result, files, output.language());
    return p.gate().exitCode(result);
  }
}
