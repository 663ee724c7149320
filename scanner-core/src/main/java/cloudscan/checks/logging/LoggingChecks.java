package cloudscan.checks.logging;

import cloudscan.core.check.Check;
import java.util.List;

/** The logging domain's checks, listed explicitly (no classpath scanning). */
public final class LoggingChecks {

  private LoggingChecks() { }

  public static List<Check> all() {
    return List.of(new TrailOff(), new LogValidationOff(), new LogRetentionShort());
  }
}
