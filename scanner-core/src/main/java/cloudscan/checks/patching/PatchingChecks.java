package cloudscan.checks.patching;

import cloudscan.core.check.Check;
import java.util.List;

/** The patching domain's checks, listed explicitly (no classpath scanning). */
public final class PatchingChecks {

  private PatchingChecks() { }

  public static List<Check> all() {
    return List.of(new FixOverdue());
  }
}
