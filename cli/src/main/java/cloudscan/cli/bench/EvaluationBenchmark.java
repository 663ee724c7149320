package cloudscan.cli.bench;

import cloudscan.checks.CoreChecks;
import cloudscan.core.Version;
import cloudscan.core.catalog.CatalogLoader;
import cloudscan.core.check.EvalContext;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Evaluator;
import cloudscan.core.engine.FactStore;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.snapshot.SnapshotHeader;
import cloudscan.core.snapshot.SnapshotReader;
import cloudscan.core.snapshot.SnapshotWriter;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Judging speed: generates N facts, writes the snapshot (streaming), reads it back (streaming)
 * and evaluates it with every check. A documented main, not a timed unit test:
 *
 * <pre>java -Xmx1g -cp cli/target/cloudscan.jar cloudscan.cli.bench.EvaluationBenchmark 1000000</pre>
 *
 * Prints wall time per phase, findings, snapshot size and peak heap (docs/performance.md).
 */
public final class EvaluationBenchmark {

  private EvaluationBenchmark() { }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    PrintStream out = System.out;
    long t0 = System.nanoTime();
    FactStore generated = SyntheticEstate.generate(n);
    Snapshot snapshot = new Snapshot(new SnapshotHeader(SnapshotHeader.FORMAT_VERSION, Version.get(),
        Instant.parse("2026-11-01T00:00:00Z"), List.of()), generated, List.of());
    long t1 = System.nanoTime();
    Path file = Files.createTempFile("cloudscan-bench", ".json");
    new SnapshotWriter().write(snapshot, file);
    long t2 = System.nanoTime();
    snapshot = null;
    generated = null;
    System.gc();
    Snapshot read = new SnapshotReader().read(file);
    long t3 = System.nanoTime();
    Evaluator evaluator = new Evaluator(CatalogLoader.loadDefault(), CoreChecks.all(), List.of(), List.of());
    ScanResult result = evaluator.evaluate(read, EvalContext.at(Instant.parse("2026-11-26T00:00:00Z")));
    long t4 = System.nanoTime();
    long findings = result.checks().stream().mapToLong(c -> c.findings().size()).sum();
    out.printf("facts            %,d%n", read.facts().size());
    out.printf("checks           %d%n", result.checks().size());
    out.printf("findings         %,d%n", findings);
    out.printf("snapshot size    %,d bytes%n", Files.size(file));
    out.printf("generate         %6.2f s%n", (t1 - t0) / 1e9);
    out.printf("write snapshot   %6.2f s%n", (t2 - t1) / 1e9);
    out.printf("read snapshot    %6.2f s%n", (t3 - t2) / 1e9);
    out.printf("evaluate         %6.2f s%n", (t4 - t3) / 1e9);
    out.printf("read + evaluate  %6.2f s%n", (t4 - t2) / 1e9);
    out.printf("peak heap        %,d MB (max %,d MB)%n", cloudscan.cli.Heap.peakMb(),
        Runtime.getRuntime().maxMemory() / (1 << 20));
    for (CheckOutcome c : result.checks()) {
      out.printf("  %-42s %,9d findings%n", c.spec().id(), c.findings().size());
    }
    Files.deleteIfExists(file);
  }
}
