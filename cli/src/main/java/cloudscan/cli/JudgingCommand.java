package cloudscan.cli;

import cloudscan.core.check.Status;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.input.InputException;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.report.ReportOptions;
import cloudscan.report.ReportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Shared tail of demo, evaluate and scan: judge, write the snapshot and reports, print a summary,
 * gate. The last line printed always says which exit code the command returns and why.
 */
abstract class JudgingCommand {

  @Mixin
  JudgeOptions judge;

  @Mixin
  SelectionOptions selection;

  @Mixin
  BaselineOptions baseline;

  @Mixin
  OutputOptions output;

  @Option(names = "--status", paramLabel = "STATUS", split = ",",
      description = "List the findings of these statuses on the terminal (FAIL, WARN, UNKNOWN, WAIVED, PASS), "
          + "e.g. --status FAIL,UNKNOWN. Reports always hold every finding.")
  List<String> status = new ArrayList<>();

  @Option(names = {"-q", "--quiet"},
      description = "Print only the listed findings (--status, default FAIL) and the exit line.")
  boolean quiet;

  @Spec
  CommandSpec spec;

  Clock clock = Clock.systemUTC();

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Validates every input file and option, and the output directory, before any long work starts. */
  Prepared prepare(Judge.Defaults defaults) throws InputException {
    Map<String, String> configThresholds = Map.of();
    if (judge.config != null) {
      configThresholds = new Config(spec).apply(ConfigFile.load(judge.config), judge.config, this);
    }
    Path dir = output.dir(clock.instant());
    Outputs.requireWritableDir(dir, "--out");
    Registry registry = Registry.load();
    List<ReportWriter> writers = ReportOutput.writers(output.formats);
    Judge j = Judge.prepare(registry, judge, selection, configThresholds, clock, defaults);
    Gate gate = judge.gate(baseline.failOnNew);
    return new Prepared(j, writers, baseline.read(), gate, dir, statuses());
  }

  private Set<Status> statuses() throws InputException {
    Set<Status> s = EnumSet.noneOf(Status.class);
    for (String v : status) {
      try {
        s.add(Status.valueOf(v.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new InputException("--status", 0, 0, "", "'" + v + "' is not a finding status "
            + "(expected FAIL, WARN, UNKNOWN, WAIVED or PASS)");
      }
    }
    if (s.isEmpty() && quiet) {
      s.add(Status.FAIL);
    }
    return s;
  }

  /** @param baseline the earlier result to compare with, or null */
  record Prepared(Judge judge, List<ReportWriter> writers, ScanResult baseline, Gate gate, Path dir,
      Set<Status> listed) { }

  /**
   * Judges {@code snapshot}, writes the reports (and, with {@code writeSnapshot}, the snapshot;
   * plus {@code demoFiles} unless the directory already has them) atomically, prints the summary
   * and returns the gate's verdict.
   *
   * @param snapshotSha256 the SHA-256 of the snapshot file read (evaluate); null when this
   *                       command writes the snapshot and the hash comes from the bytes written
   */
  Gate.Verdict finish(Prepared p, Snapshot snapshot, boolean writeSnapshot, String snapshotSha256,
      Map<String, byte[]> demoFiles) throws Outputs.WriteFailure {
    try (ReportOutput o = ReportOutput.open(p.dir())) {
      String sha = writeSnapshot ? o.snapshot(snapshot) : snapshotSha256;
      ScanResult result = p.judge().evaluate(snapshot, sha);
      if (p.baseline() != null) {
        result = result.comparedWith(p.baseline());
      }
      o.reports(result, p.writers(), new ReportOptions(output.language()));
      List<String> kept = new ArrayList<>();
      for (Map.Entry<String, byte[]> e : demoFiles.entrySet()) {
        if (!o.fileUnlessPresent(e.getKey(), e.getValue()) && !ReportOutput.same(p.dir().resolve(e.getKey()),
            e.getValue())) {
          kept.add(e.getKey());
        }
      }
      ReportOutput.Written written = o.commit(true);
      Summary.print(out(), result, written, output.language(), p.listed(), quiet);
      kept.forEach(k -> out().println("kept your " + p.dir().resolve(k) + " (the demo's own was not written)"));
      return p.gate().verdict(result);
    }
  }

  Gate.Verdict finish(Prepared p, Snapshot snapshot, boolean writeSnapshot, String snapshotSha256)
      throws Outputs.WriteFailure {
    return finish(p, snapshot, writeSnapshot, snapshotSha256, new LinkedHashMap<>());
  }
}
