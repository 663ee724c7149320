package cloudscan.core.engine;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.waiver.Attestation;
import cloudscan.core.waiver.Waiver;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a snapshot: runs every check (in parallel; checks are pure), applies waivers, and rolls
 * the outcomes up onto the catalog's requirements.
 */
public final class Evaluator {

  /** Dates in waivers and attestations are the city's calendar days. */
  public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Tokyo");

  private final Catalog catalog;
  private final List<Check> checks;
  private final List<Waiver> waivers;
  private final List<Attestation> attestations;
  private final List<CheckSpec> excluded;

  public Evaluator(Catalog catalog, List<Check> checks, List<Waiver> waivers,
      List<Attestation> attestations) {
    this(catalog, checks, waivers, attestations, List.of());
  }

  /**
   * @param checks   the checks to run
   * @param excluded checks left out on purpose (not run): every requirement they serve is
   *                 {@link RequirementStatus#NOT_ASSESSED} unless a check that ran failed or is unknown
   */
  public Evaluator(Catalog catalog, List<Check> checks, List<Waiver> waivers,
      List<Attestation> attestations, List<CheckSpec> excluded) {
    this.catalog = catalog;
    this.checks = List.copyOf(checks);
    this.waivers = List.copyOf(waivers);
    this.attestations = List.copyOf(attestations);
    this.excluded = List.copyOf(excluded);
  }

  public ScanResult evaluate(Snapshot snapshot, EvalContext ctx) {
    Labels labels = Labels.of(snapshot.facts());
    List<CheckOutcome> raw = checks.parallelStream()
        .map(c -> labels.apply(CheckRunner.run(c, snapshot.facts(), snapshot.gaps(), ctx)))
        .toList();
    WaiverApplier applier = new WaiverApplier(waivers, ctx.now().atZone(CITY_ZONE).toLocalDate());
    List<CheckOutcome> outcomes = new ArrayList<>(raw.size());
    raw.forEach(o -> outcomes.add(applier.apply(o)));
    RollUp rollUp = new RollUp(attestations, ctx.now().atZone(CITY_ZONE).toLocalDate(), excluded);
    List<RequirementResult> reqs = catalog.requirements().stream()
        .map(r -> rollUp.judge(r, outcomes))
        .toList();
    return new ScanResult(snapshot.header(), catalog, ctx.now(), reqs, outcomes, snapshot.gaps(),
        applier.expiredHits());
  }
}
