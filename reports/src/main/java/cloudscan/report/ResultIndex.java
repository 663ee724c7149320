package cloudscan.report;

import cloudscan.core.catalog.Requirement;
import cloudscan.core.check.Status;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Finding;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.fact.ResourceRef;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Read-only lookups over a {@link ScanResult} that every format needs: a requirement's check
 * outcomes, and counts per status. It only groups; it never re-judges.
 */
public final class ResultIndex {

  /** The order findings are shown in within a check: failures, warnings, unknowns, waived, passes. */
  public static final List<Status> SHOWN_ORDER =
      List.of(Status.FAIL, Status.WARN, Status.UNKNOWN, Status.WAIVED, Status.PASS);

  /** Worst first ({@link #SHOWN_ORDER}); stable, so findings of one status keep the check's order. */
  public static final Comparator<Finding> WORST_FIRST = Comparator.comparingInt(f -> SHOWN_ORDER.indexOf(f.status()));

  private final ScanResult result;
  private final Map<String, CheckOutcome> checks;

  public ResultIndex(ScanResult result) {
    this.result = result;
    this.checks = result.checksById();
  }

  public ScanResult result() {
    return result;
  }

  /** The outcomes of the checks mapped to {@code req}, in the roll-up's order. */
  public List<CheckOutcome> checksOf(RequirementResult req) {
    return req.checkIds().stream().map(checks::get).filter(Objects::nonNull).toList();
  }

  /** The check's findings, worst first. */
  public static List<Finding> worstFirst(CheckOutcome o) {
    return o.findings().stream().sorted(WORST_FIRST).toList();
  }

  /** Finding counts over the requirement's checks; a check that threw counts as one UNKNOWN. */
  public Map<Status, Long> findingCounts(RequirementResult req) {
    return countFindings(checksOf(req));
  }

  /** Finding counts over every check (each finding once, however many requirements it serves). */
  public Map<Status, Long> findingCounts() {
    return countFindings(result.checks());
  }

  /** Requirement counts per status, every status present (zero when none). */
  public Map<RequirementStatus, Long> requirementCounts() {
    Map<RequirementStatus, Long> m = new EnumMap<>(RequirementStatus.class);
    for (RequirementStatus s : RequirementStatus.values()) {
      m.put(s, result.count(s));
    }
    return m;
  }

  /** The city's label (e.g. {@code ３（13）}), falling back to one derived from the ID. */
  public static String label(Requirement r) {
    return r.label() == null || r.label().isBlank() ? r.id().labelJa() : r.label();
  }

  /**
   * Where a finding is, in one line: {@code aws/111122223333/ap-northeast-1 bucket name}, or just
   * the scope when the finding is about a whole account or location.
   */
  public static String where(ResourceRef r) {
    String scope = r.scope().toString();
    return r.id().equals(scope) ? scope : scope + " " + r.type() + " " + r.id();
  }

  private static Map<Status, Long> countFindings(List<CheckOutcome> outcomes) {
    Map<Status, Long> m = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      m.put(s, 0L);
    }
    for (CheckOutcome o : outcomes) {
      o.findings().forEach(f -> m.merge(f.status(), 1L, Long::sum));
      if (o.error() != null) {
        m.merge(Status.UNKNOWN, 1L, Long::sum);
      }
    }
    return m;
  }
}
