package cloudscan.checks.resilience;

import cloudscan.core.check.Check;
import java.util.List;

/** The resilience domain's checks (and the 3.9 inventory check), listed explicitly. */
public final class ResilienceChecks {

  private ResilienceChecks() { }

  public static List<Check> all() {
    return List.of(
        new SingleZoneStore(),
        new CryptoEraseImpossible());
  }
}
