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

  /** Bundled inputs (the demo's) used when the user gave none. */
  record Defaults(byte[] waivers, byte[] attestations) {
    static final Defaults NONE = new Defaults(null, null);
  }

  static Judge prepare(Registry registry, JudgeOptions o, Clock clock, Defaults defaults)
      throws InputException {
    Judge j = prepare(registry, o, clock);
    List<Waiver> w = j.waivers;
    List<Attestation> a = j.attestations;
    if (o.waivers == null && defaults.waivers() != null) {
      w = WaiverLoader.parse(defaults.waivers(), "demo:waivers.yaml", registry::knowsCheck);
    }
    if (o.attestations == null && defaults.attestations() != null) {
      a = AttestationLoader.parse(defaults.attestations(), "demo:attestations.yaml", j.catalog);
    }
    return new Judge(j.registry, j.catalog, w, a, j.ctx);
  }

  Catalog catalog() {
    return catalog;
  }

  ScanResult evaluate(Snapshot snapshot) {
    return new Evaluator(catalog, registry.checks(), waivers, attestations).evaluate(snapshot, ctx);
  }
}
