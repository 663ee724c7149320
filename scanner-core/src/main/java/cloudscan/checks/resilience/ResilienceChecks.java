package cloudscan.checks.resilience;

import cloudscan.core.check.Check;
import java.util.List;

/** The resilience domain's checks, listed explicitly (no classpath scanning). */
public final class ResilienceChecks {

  private ResilienceChecks() { }

  public static List<Check> all() {
    return List.of();
  }
}
