package cloudscan.core.engine;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.SnapshotHeader;
import cloudscan.core.waiver.Waiver;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a report needs: what was collected (header, gaps), how each check judged it, and the
 * roll-up per requirement in the catalog's order.
 *
 * @param expiredWaivers waivers that would have covered a failure had they not expired
 * @param baseline       the comparison with an earlier result ({@code --baseline}), or null
 * @param settings       how it was judged: thresholds in effect (name, value, catalog value,
 *                       source), checks left out, {@code --system-name}, and the SHA-256 of the
 *                       snapshot file judged; {@link Settings#NONE} when not recorded
 */
public record ScanResult(SnapshotHeader snapshot, Catalog catalog, Instant evaluatedAt,
    List<RequirementResult> requirements, List<CheckOutcome> checks, List<Gap> gaps,
    List<Waiver> expiredWaivers, Baseline baseline, Settings settings) {

  public ScanResult {
    settings = settings == null ? Settings.NONE : settings;
    requirements = List.copyOf(requirements);
    checks = List.copyOf(checks);
    gaps = List.copyOf(gaps);
    expiredWaivers = List.copyOf(expiredWaivers);
  }

  /** A result without a baseline. */
  public ScanResult(SnapshotHeader snapshot, Catalog catalog, Instant evaluatedAt,
      List<RequirementResult> requirements, List<CheckOutcome> checks, List<Gap> gaps,
      List<Waiver> expiredWaivers) {
    this(snapshot, catalog, evaluatedAt, requirements, checks, gaps, expiredWaivers, null, Settings.NONE);
  }

  /** A result without settings recorded. */
  public ScanResult(SnapshotHeader snapshot, Catalog catalog, Instant evaluatedAt,
      List<RequirementResult> requirements, List<CheckOutcome> checks, List<Gap> gaps,
      List<Waiver> expiredWaivers, Baseline baseline) {
    this(snapshot, catalog, evaluatedAt, requirements, checks, gaps, expiredWaivers, baseline, Settings.NONE);
  }

  /** This result compared with {@code earlier}. */
  public ScanResult comparedWith(ScanResult earlier) {
    return withBaseline(Baseline.compare(earlier, this));
  }

  public ScanResult withBaseline(Baseline b) {
    return new ScanResult(snapshot, catalog, evaluatedAt, requirements, checks, gaps, expiredWaivers, b, settings);
  }

  /** This result with {@code s} recorded as how it was judged. */
  public ScanResult withSettings(Settings s) {
    return new ScanResult(snapshot, catalog, evaluatedAt, requirements, checks, gaps, expiredWaivers, baseline, s);
  }

  public Map<String, CheckOutcome> checksById() {
    return checks.stream().collect(Collectors.toMap(c -> c.spec().id(), Function.identity(),
        (a, b) -> a, java.util.LinkedHashMap::new));
  }

  public Optional<CheckOutcome> check(String id) {
    return checks.stream().filter(c -> c.spec().id().equals(id)).findFirst();
  }

  public long count(RequirementStatus status) {
    return requirements.stream().filter(r -> r.status() == status).count();
  }
}
