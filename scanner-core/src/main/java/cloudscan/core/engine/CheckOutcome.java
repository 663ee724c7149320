package cloudscan.core.engine;

import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * All findings of one check. An empty list (and no error) means the check had nothing to judge and
 * no gap: not applicable.
 *
 * @param error set when the check itself threw; the outcome then counts as UNKNOWN
 */
public record CheckOutcome(CheckSpec spec, List<Finding> findings, String error) {

  public CheckOutcome {
    findings = List.copyOf(findings);
  }

  public boolean notApplicable() {
    return findings.isEmpty() && error == null;
  }

  public CheckOutcome withFindings(List<Finding> replaced) {
    return new CheckOutcome(spec, replaced, error);
  }

  public Map<Status, Long> counts() {
    Map<Status, Long> m = new EnumMap<>(Status.class);
    findings.forEach(f -> m.merge(f.status(), 1L, Long::sum));
    return m;
  }

  public boolean has(Status status) {
    if (status == Status.UNKNOWN && error != null) {
      return true;
    }
    return findings.stream().anyMatch(f -> f.status() == status);
  }
}
