package cloudscan.checks.network;

import cloudscan.core.check.Check;
import java.util.List;

/** The network domain's checks, listed explicitly (no classpath scanning). */
public final class NetworkChecks {

  private NetworkChecks() { }

  public static List<Check> all() {
    return List.of(new AdminPortOpen(), new DatabasePortOpen(), new AllPortsOpen(),
        new WidePublicSource(), new UnusedRuleSetOpen(), new FlowLogsOff());
  }
}
