package cloudscan.cli.bench;

import cloudscan.checks.CoreChecks;
import cloudscan.cli.Heap;
import cloudscan.core.Version;
import cloudscan.core.catalog.CatalogLoader;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Lang;
import cloudscan.core.check.Status;
import cloudscan.core.check.Estate;
import cloudscan.core.engine.Evaluator;
import cloudscan.core.engine.FactStore;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.fact.Scope;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.core.snapshot.ScannedScope;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.snapshot.SnapshotHeader;
import cloudscan.core.snapshot.SnapshotWriter;
import cloudscan.report.ReportOptions;
import cloudscan.report.ReportProgress;
import cloudscan.report.ReportWriter;
import cloudscan.report.ReportWriters;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Report writing at scale: judges a synthetic estate of N facts with every check, then writes
 * every report format, timing each. A documented main, not a timed unit test (see
 * {@code bench/reports.sh} and docs/performance.md):
 *
 * <pre>java -Xmx512m -cp cli/target/cloudscan.jar cloudscan.cli.bench.ReportBenchmark 200000 OUT_DIR [SNAPSHOT]</pre>
 *
 * Results (wall time, file sizes, the most heap kept alive per phase) go to stdout, progress to
 * stderr. With SNAPSHOT the
 * estate is also saved as a snapshot, so {@code cloudscan evaluate} can be timed on it.
 */
public final class ReportBenchmark {

  private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

  private ReportBenchmark() { }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    Path dir = Path.of(args.length > 1 ? args[1] : "target/report-bench");
    PrintStream out = System.out;
    PrintStream err = System.err;
    Files.createDirectories(dir);

    LiveHeap live = new LiveHeap();
    long t0 = System.nanoTime();
    err.printf("generating %,d facts%n", n);
    FactStore facts = SyntheticEstate.generate(n);
    Snapshot snapshot = new Snapshot(new SnapshotHeader(SnapshotHeader.FORMAT_VERSION, Version.get(),
        NOW.minusSeconds(3600), List.of(run(facts.estate()))), facts, List.of());
    facts = null;
    if (args.length > 2) {
      err.println("writing snapshot " + args[2]);
      new SnapshotWriter().write(snapshot, Path.of(args[2]));
    }
    err.println("judging with every check");
    ScanResult result = new Evaluator(CatalogLoader.loadDefault(), CoreChecks.all(), List.of(), List.of())
        .evaluate(snapshot, EvalContext.at(NOW));
    snapshot = null;
    long t1 = System.nanoTime();
    Map<Status, Long> findings = new EnumMap<>(Status.class);
    result.checks().forEach(c -> c.findings().forEach(f -> findings.merge(f.status(), 1L, Long::sum)));
    out.printf("facts              %,d%n", n);
    out.printf("findings           %,d %s%n", findings.values().stream().mapToLong(Long::longValue).sum(), findings);
    out.printf("generate + judge   %6.2f s   (live heap at most %,d MB)%n", (t1 - t0) / 1e9, live.maxMb());
    live.reset();

    ReportOptions options = new ReportOptions(Lang.JA, progress(err));
    System.gc();
    out.printf("result alone       %,d MB live after a full collection%n",
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1 << 20));
    live.reset();
    out.printf("%-9s %-18s %11s %8s %8s %15s%n", "format", "file", "size", "wall", "cpu", "live heap max");
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (ReportWriter w : ReportWriters.all()) {
      err.println("writing " + w.format() + " " + w.files());
      long s = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      w.write(result, options, dir);
      double secs = (System.nanoTime() - s) / 1e9;
      double cpuSecs = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      for (String f : w.files()) {
        out.printf("%-9s %-18s %8.2f MB %6.2f s %6.2f s %15s%n", w.format(), f, Files.size(dir.resolve(f)) / 1e6,
            secs, cpuSecs, live.maxMb() == 0 ? "(no collection)" : live.maxMb() + " MB");
      }
      live.reset();
    }
    out.printf("total wall         %6.2f s%n", (System.nanoTime() - t0) / 1e9);
    out.printf("heap pools' peaks  %,d MB (an upper bound, garbage included; -Xmx %,d MB)%n", Heap.peakMb(),
        Runtime.getRuntime().maxMemory() / (1 << 20));
  }

  /** The provider run a collector would have recorded: every scope of the estate, looked at for everything. */
  private static ProviderRun run(Estate estate) {
    List<ScannedScope> scopes = estate.scopes().stream().sorted(java.util.Comparator.comparing(Scope::toString))
        .map(sc -> ScannedScope.of(sc, estate.scanned(sc).orElseThrow().level(), List.of(),
            List.of(ScannedScope.EVERYTHING)))
        .toList();
    return new ProviderRun("aws", "arn:aws:sts::100000000000:assumed-role/Audit/bench", NOW.minusSeconds(7200),
        NOW.minusSeconds(3600), scopes, List.of(), java.util.Map.of());
  }

  /** "report.json: 120,000 / 309,702 findings" at most once a second per file, and at the end. */
  private static ReportProgress progress(PrintStream err) {
    long[] last = {0};
    return (file, done, total) -> {
      long now = System.nanoTime();
      if (done == total || now - last[0] > 1_000_000_000L) {
        last[0] = now;
        err.printf("  %s: %,d / %,d rows%n", file, done, total);
      }
    };
  }
}
