package cloudscan.azure.bench;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureCollectors;
import cloudscan.azure.collect.AzureErrors;
import cloudscan.azure.testing.AzureFake;
import cloudscan.core.engine.CollectionRunner;
import cloudscan.core.engine.FactStore;
import cloudscan.core.engine.ProgressListener;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.GapInfo;
import cloudscan.core.provider.ProviderSession;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.provider.Target;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.ProviderRun;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The Azure collection benchmark (not a test): every collector over a synthetic estate of
 * SUBSCRIPTIONS × RESOURCES on the local HTTPS fake with LATENCY ms added to every answer, through the
 * engine's own runner with CONCURRENCY tasks. Prints wall time, facts, gaps and calls per operation.
 * Run with {@code bench/azure-scan.sh} (which sets the trust store for the fake's certificate).
 *
 * <pre>AzureScanBenchmark [subscriptions=20] [resources=500] [latencyMs=30] [concurrency=16]</pre>
 */
public final class AzureScanBenchmark {

  private AzureScanBenchmark() { }

  public static void main(String[] args) throws Exception {
    int subs = arg(args, 0, 20);
    int perSub = arg(args, 1, 500);
    int latency = arg(args, 2, 30);
    int concurrency = arg(args, 3, 16);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<String> ids = IntStream.range(0, subs).mapToObj(SyntheticAzure::sub).toList();
    try (AzureFake fake = AzureFake.start()) {
      new SyntheticAzure(fake, perSub).stub(ids);
      fake.server().setGlobalFixedDelay(latency);
      AzureClients clients = fake.clients(AzureClients.builder().connections(concurrency * 2));
      clients.scanning(ids);
      FactStore store = new FactStore();
      List<Gap> gaps = new ArrayList<>();
      long start = System.nanoTime();
      ProviderRun run = new CollectionRunner(concurrency, Clock.systemUTC(), ProgressListener.NONE)
          .run("azure", session(clients, ids), store, gaps);
      double wall = (System.nanoTime() - start) / 1e9;
      out.printf("azure scan: %d subscriptions x %d resources, %d ms latency, concurrency %d%n", subs, perSub, latency,
          concurrency);
      out.printf("wall %.1f s, %d facts, %d gaps, %d API calls (%.0f calls/s)%n", wall, store.size(), gaps.size(),
          run.totalApiCalls(), run.totalApiCalls() / wall);
      gaps.stream().limit(5).forEach(g -> out.println("  gap " + g.scope() + " " + g.operation() + ": " + g.message()));
      clients.apiCalls().forEach((op, n) -> out.printf("  %-55s %6d%n", op, n));
      out.printf("heap committed at the end %d MB%n", Runtime.getRuntime().totalMemory() / (1024 * 1024));
    }
  }

  private static ProviderSession session(AzureClients clients, List<String> subs) {
    List<Target> targets = new ArrayList<>();
    targets.add(new Target(new Scope(Cloud.AZURE, AzureFake.TENANT, ResourceRef.GLOBAL), Scope.Level.ORGANIZATION, List.of()));
    subs.forEach(s -> targets.add(new Target(new Scope(Cloud.AZURE, s, ResourceRef.GLOBAL), Scope.Level.ACCOUNT,
        List.of(AzureFake.TENANT))));
    List<Collector> collectors = AzureCollectors.all(clients);
    return new ProviderSession() {
      public String identity() {
        return "benchmark";
      }

      public List<Target> targets() {
        return targets;
      }

      public List<SkippedLocation> skipped() {
        return List.of();
      }

      public List<Collector> collectors() {
        return collectors;
      }

      public GapInfo describe(Throwable error) {
        return AzureErrors.describe(error);
      }

      public Map<String, Long> apiCalls() {
        return clients.apiCalls();
      }

      public void close() { }
    };
  }

  private static int arg(String[] args, int i, int dflt) {
    return args.length > i ? Integer.parseInt(args[i]) : dflt;
  }

}
