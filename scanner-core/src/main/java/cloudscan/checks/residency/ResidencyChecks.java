package cloudscan.checks.residency;

import cloudscan.core.check.Check;
import java.util.List;

/** The residency domain's checks, listed explicitly (no classpath scanning). */
public final class ResidencyChecks {

  private ResidencyChecks() { }

  public static List<Check> all() {
    return List.of(new ResourceOutsideJapan(), new ReplicaOutsideJapan(), new NoLocationGuardrail());
  }
}
