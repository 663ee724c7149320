package cloudscan.core.check;

import java.time.Instant;
import java.util.Objects;

/** What a check may know besides the facts: the evaluation time and the thresholds. */
public record EvalContext(Instant now, Thresholds thresholds) {

  public EvalContext {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(thresholds, "thresholds");
  }

  public static EvalContext at(Instant now) {
    return new EvalContext(now, Thresholds.DEFAULTS);
  }
}
