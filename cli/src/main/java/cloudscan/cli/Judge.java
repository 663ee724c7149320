package cloudscan.cli;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.catalog.CatalogLoader;
import cloudscan.core.check.EvalContext;
import cloudscan.core.engine.Evaluator;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.input.InputException;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.waiver.Attestation;
import cloudscan.core.waiver.AttestationLoader;
import cloudscan.core.waiver.Waiver;
import cloudscan.core.waiver.WaiverLoader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Loads the judging inputs (all validated before anything runs) and evaluates a snapshot. */
final class Judge {

  private final Registry registry;
  private final Catalog catalog;
  private final List<Waiver> waivers;
  private final List<Attestation> attestations;
  private final EvalContext ctx;

  private Judge(Registry registry, Catalog catalog, List<Waiver> waivers, List<Attestation> attestations,
      EvalContext ctx) {
    this.registry = registry;
    this.catalog = catalog;
    this.waivers = waivers;
    this.attestations = attestations;
    this.ctx = ctx;
  }

  static Judge prepare(Registry registry, JudgeOptions o, Clock clock) throws InputException {
    Catalog catalog = o.catalog == null ? CatalogLoader.loadDefault() : CatalogLoader.load(o.catalog);
    List<Waiver> waivers = o.waivers == null ? List.of() : WaiverLoader.load(o.waivers, registry::knowsCheck);
    List<Attestation> atts = o.attestations == null ? List.of()
        : AttestationLoader.load(o.attestations, catalog);
    Instant now = o.now == null ? clock.instant() : o.now;
    EvalContext ctx;
    try {
      ctx = new EvalContext(now, o.thresholds());
    } catch (IllegalArgumentException e) {
      throw new InputException("--threshold", 0, 0, "", e.getMessage());
    }
    return new Judge(registry, catalog, waivers, atts, ctx);
  }

  static Judge prepare(Registry registry, JudgeOptions o, Clock clock, List<Attestation> extra,
      List<Waiver> extraWaivers) throws InputException {
    Judge j = prepare(registry, o, clock);
    return new Judge(j.registry, j.catalog, concat(j.waivers, extraWaivers), concat(j.attestations, extra), j.ctx);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  Catalog catalog() {
    return catalog;
  }

  ScanResult evaluate(Snapshot snapshot) {
    return new Evaluator(catalog, registry.checks(), waivers, attestations).evaluate(snapshot, ctx);
  }
}
