package cloudscan.azure.testing;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureErrors;
import cloudscan.core.check.Check;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Status;
import cloudscan.core.check.Thresholds;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.CheckRunner;
import cloudscan.core.engine.CollectionRunner;
import cloudscan.core.engine.FactStore;
import cloudscan.core.engine.ProgressListener;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.GapInfo;
import cloudscan.core.provider.ProviderSession;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.provider.Target;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.core.snapshot.SnapshotEstate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs collectors through the engine's own {@link CollectionRunner} on the fake's tenant and
 * subscription, then judges the facts with the real checks through {@link CheckRunner}: fixtures in,
 * facts and verdicts out, with gaps turned into UNKNOWN exactly as in a scan.
 */
public final class Collected {

  public static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

  private final FactStore store;
  private final List<Gap> gaps;

  private Collected(FactStore store, List<Gap> gaps) {
    this.store = store;
    this.gaps = gaps;
  }

  /** Collects with {@code collectors} in the tenant and subscription {@link AzureFake#SUB}. */
  public static Collected run(AzureClients clients, Collector... collectors) {
    return run(clients, List.of(AzureFake.SUB), collectors);
  }

  public static Collected run(AzureClients clients, List<String> subscriptions, Collector... collectors) {
    clients.scanning(subscriptions);
    List<Target> targets = new ArrayList<>();
    targets.add(new Target(new Scope(Cloud.AZURE, AzureFake.TENANT, ResourceRef.GLOBAL), Scope.Level.ORGANIZATION,
        List.of()));
    subscriptions.forEach(s -> targets.add(new Target(new Scope(Cloud.AZURE, s, ResourceRef.GLOBAL),
        Scope.Level.ACCOUNT, List.of(AzureFake.TENANT))));
    ProviderSession session = new ProviderSession() {
      public String identity() {
        return "test";
      }

      public List<Target> targets() {
        return targets;
      }

      public List<SkippedLocation> skipped() {
        return List.of();
      }

      public List<Collector> collectors() {
        return List.of(collectors);
      }

      public GapInfo describe(Throwable error) {
        return AzureErrors.describe(error);
      }

      public Map<String, Long> apiCalls() {
        return clients.apiCalls();
      }

      public void close() { }
    };
    FactStore store = new FactStore();
    List<Gap> gaps = new ArrayList<>();
    try {
      ProviderRun run = new CollectionRunner(4, Clock.fixed(NOW, ZoneOffset.UTC), ProgressListener.NONE)
          .run("azure", session, store, gaps);
      store.estate(SnapshotEstate.of(List.of(run), gaps));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return new Collected(store, List.copyOf(gaps));
  }

  public <T extends Fact> List<T> all(Class<T> kind) {
    return store.all(kind);
  }

  public List<Gap> gaps() {
    return gaps;
  }

  /** The one fact of {@code kind} whose resource ID ends with {@code idSuffix} (case-insensitive). */
  public <T extends Fact> T one(Class<T> kind, String idSuffix) {
    List<T> hits = store.all(kind).stream()
        .filter(f -> f.resource().id().endsWith(idSuffix.toLowerCase(java.util.Locale.ROOT))).toList();
    if (hits.size() != 1) {
      throw new AssertionError("expected one " + kind.getSimpleName() + " ending in " + idSuffix + ", got " + hits
          + " of " + store.all(kind));
    }
    return hits.get(0);
  }

  public CheckOutcome judge(Check check) {
    return CheckRunner.run(check, store, gaps, new EvalContext(NOW, Thresholds.DEFAULTS));
  }

  /** The verdict of {@code check} on the resource whose ID ends with {@code idSuffix}. */
  public Status verdict(Check check, String idSuffix) {
    List<Status> hits = judge(check).findings().stream()
        .filter(f -> f.resource().id().endsWith(idSuffix.toLowerCase(java.util.Locale.ROOT)))
        .map(f -> f.status()).toList();
    if (hits.size() != 1) {
      throw new AssertionError(check.spec().id() + ": expected one finding on " + idSuffix + ", got "
          + judge(check).findings());
    }
    return hits.get(0);
  }

  /** Every status {@code check} gave, for messages. */
  public String statuses(Check check) {
    return judge(check).findings().stream().map(f -> f.status() + " " + f.resource().id())
        .collect(Collectors.toCollection(TreeSet::new)).toString();
  }
}
