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
 */
public record ScanResult(SnapshotHeader snapshot, Catalog catalog, Instant evaluatedAt,
    List<RequirementResult> requirements, List<CheckOutcome> checks, List<Gap> gaps,
    List<Waiver> expiredWaivers, Baseline baseline) {

  public ScanResult {
    requirements = List.copyOf(requirements);
    checks = List.copyOf(checks);
    gaps = List.copyOf(gaps);
    expiredWaivers = List.copyOf(expiredWaivers);
  }

  /** A result without a baseline. */
  public ScanResult(SnapshotHeader snapshot, Catalog catalog, Instant evaluatedAt,
      List<RequirementResult> requirements, List<CheckOutcome> checks, List<Gap> gaps,
      List<Waiver> expiredWaivers) {
    this(snapshot, catalog, evaluatedAt, requirements, checks, gaps, expiredWaivers, null);
  }

  /** This result compared with {@code earlier}. */
  public ScanResult comparedWith(ScanResult earlier) {
    return withBaseline(Baseline.compare(earlier, this));
  }

  public ScanResult withBaseline(Baseline b) {
    return new ScanResult(snapshot, catalog, evaluatedAt, requirements, checks, gaps, expiredWaivers, b);
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
