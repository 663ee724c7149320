package cloudscan.checks.backup;

import cloudscan.core.check.Check;
import java.util.List;

/** The backup domain's checks, listed explicitly (no classpath scanning). */
public final class BackupChecks {

  private BackupChecks() { }

  public static List<Check> all() {
    return List.of(
        new VaultNotImmutable(),
        new NoSeparatedCopy(),
        new PlanMissing());
  }
}
