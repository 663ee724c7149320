package cloudscan.checks.exposure;

import cloudscan.core.check.Check;
import java.util.List;

/** The exposure domain's checks, listed explicitly (no classpath scanning). */
public final class ExposureChecks {

  private ExposureChecks() { }

  public static List<Check> all() {
    return List.of(new PublicEndpointOpen(), new ServerWithoutManagedAccess());
  }
}
