package cloudscan.gcp.bench;

import cloudscan.core.engine.CollectionRunner;
import cloudscan.core.engine.FactStore;
import cloudscan.core.engine.ProgressListener;
import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderSession;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.gcp.GcpProvider;
import cloudscan.gcp.testing.GcpFake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GCP scan benchmark (docs/performance-gcp.md), not a test: a synthetic organization of
 * {@code projects} × {@code resources} on a local fake that answers every call after
 * {@code latencyMs}; prints wall time, API calls, facts and gaps. Run with bench/gcp-scan.sh.
 *
 * <p>Arguments: {@code [projects=50] [resources=200] [latencyMs=50] [concurrency=16]}.
 */
public final class GcpScanBenchmark {

  private GcpScanBenchmark() { }

  public static void main(String[] args) throws Exception {
    int projects = arg(args, 0, 50);
    int resources = arg(args, 1, 200);
    int latency = arg(args, 2, 50);
    int concurrency = arg(args, 3, 16);
    try (GcpFake fake = new GcpFake()) {
      SyntheticGcpEstate.serve(fake, projects, resources);
      fake.server().setGlobalFixedDelay(latency);
      Path token = Files.createTempFile("gcp-token", ".txt");
      Files.writeString(token, "bench-token");
      ProviderConfig config = new ProviderConfig(List.of(), null, concurrency,
          Map.of("endpoint", fake.url(), "access-token-file", token.toString()));
      FactStore store = new FactStore();
      List<Gap> gaps = new ArrayList<>();
      long start = System.nanoTime();
      ProviderRun run;
      try (ProviderSession s = new GcpProvider().open(config)) {
        run = new CollectionRunner(concurrency, Clock.systemUTC(), ProgressListener.NONE).run("gcp", s, store, gaps);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("projects=%d resources/project=%d latency=%dms concurrency=%d%n", projects, resources, latency, concurrency);
      System.out.printf("wall %.1f s, %d API calls, %d facts, %d gaps, %d requests served by the fake%n", seconds,
          run.totalApiCalls(), store.size(), gaps.size(), fake.server().getAllServeEvents().size());
      run.apiCalls().entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
          .forEach(e -> System.out.printf("  %-55s %6d%n", e.getKey(), e.getValue()));
      gaps.stream().limit(5).forEach(g -> System.out.println("  gap: " + g.scope() + " " + g.operation() + " " + g.message()));
      Files.deleteIfExists(token);
    }
  }

  private static int arg(String[] args, int i, int dflt) {
    return args.length > i ? Integer.parseInt(args[i]) : dflt;
  }
}
