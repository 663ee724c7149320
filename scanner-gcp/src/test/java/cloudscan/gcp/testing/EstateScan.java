package cloudscan.gcp.testing;

import cloudscan.checks.CoreChecks;
import cloudscan.core.catalog.CatalogLoader;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Status;
import cloudscan.core.engine.CollectionRunner;
import cloudscan.core.engine.Evaluator;
import cloudscan.core.engine.FactStore;
import cloudscan.core.engine.Finding;
import cloudscan.core.engine.ProgressListener;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.provider.Provider;
import cloudscan.core.provider.ProviderSession;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.snapshot.SnapshotEstate;
import cloudscan.core.snapshot.SnapshotHeader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * The whole provider as the CLI runs it (found by ServiceLoader, an access-token file, the engine's
 * collection runner) over the {@link FakeEstate}, with some answers replaced by REST-shaped bodies a
 * real estate can return, judged by the core checks.
 */
public final class EstateScan {

  public static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  private final ScanResult result;
  private final List<Gap> gaps;
  private final ProviderRun run;
  private final Map<String, Long> calls;

  private EstateScan(ScanResult result, List<Gap> gaps, ProviderRun run, Map<String, Long> calls) {
    this.result = result;
    this.gaps = gaps;
    this.run = run;
    this.calls = calls;
  }

  /** Serves the fake estate, then {@code overrides} (later stubs win), and scans and judges it. */
  public static EstateScan of(Consumer<GcpFake> overrides) throws Exception {
    return of(Map.of(), overrides);
  }

  /** As {@link #of(Consumer)}, with scan options ({@code organization}, {@code folder}, {@code project}). */
  public static EstateScan of(Map<String, String> options, Consumer<GcpFake> overrides) throws Exception {
    try (GcpFake fake = FakeEstate.serve(new GcpFake())) {
      overrides.accept(fake);
      Path token = Files.createTempFile("gcp-token", ".txt");
      try {
        Files.writeString(token, GcpTesting.TOKEN + "\n");
        Provider gcp = ServiceLoader.load(Provider.class).stream().map(ServiceLoader.Provider::get)
            .filter(p -> p.id().equals("gcp")).findFirst().orElseThrow();
        FactStore store = new FactStore();
        List<Gap> gaps = new ArrayList<>();
        ProviderRun run;
        Map<String, Long> calls;
        Map<String, String> o = new java.util.LinkedHashMap<>(options);
        o.put("access-token-file", token.toString());
        try (ProviderSession s = gcp.open(GcpTesting.config(fake, o))) {
          run = new CollectionRunner(4, Clock.fixed(NOW, ZoneOffset.UTC), ProgressListener.NONE).run("gcp", s, store, gaps);
          calls = s.apiCalls();
        }
        store.estate(SnapshotEstate.of(List.of(run), gaps));
        Snapshot snap = new Snapshot(new SnapshotHeader(SnapshotHeader.FORMAT_VERSION, "test", NOW, List.of(run)), store, gaps);
        ScanResult result = new Evaluator(CatalogLoader.loadDefault(), CoreChecks.all(), List.of(), List.of())
            .evaluate(snap, EvalContext.at(NOW));
        return new EstateScan(result, gaps, run, calls);
      } finally {
        Files.deleteIfExists(token);
      }
    }
  }

  public ScanResult result() {
    return result;
  }

  public List<Gap> gaps() {
    return gaps;
  }

  public ProviderRun run() {
    return run;
  }

  public Map<String, Long> calls() {
    return calls;
  }

  /** Findings of {@code checkId} in {@code account}. */
  public List<Finding> findings(String checkId, String account) {
    return result.check(checkId).orElseThrow().findings().stream()
        .filter(f -> f.resource().account().equals(account)).toList();
  }

  public List<Finding> findings(String checkId, String account, Status status) {
    return findings(checkId, account).stream().filter(f -> f.status() == status).toList();
  }

  public List<Gap> gapsOf(String account) {
    return gaps.stream().filter(g -> g.scope().account().equals(account)).toList();
  }

  /** Requirement ID → status. */
  public Map<String, cloudscan.core.engine.RequirementStatus> verdicts() {
    Map<String, cloudscan.core.engine.RequirementStatus> out = new java.util.LinkedHashMap<>();
    result.requirements().forEach(r -> out.put(r.requirement().id().value(), r.status()));
    return out;
  }

  public static String describe(List<Finding> findings) {
    return findings.stream().map(f -> f.status() + " " + f.resource().id() + ": " + f.message().en()).toList().toString();
  }
}
