package cloudscan.checks;

import cloudscan.checks.network.NetworkChecks;
import cloudscan.core.check.Check;
import java.util.ArrayList;
import java.util.List;

/**
 * Every cross-cloud check, by domain. Each domain keeps its own explicit list; the registry
 * meta-test fails if a {@code Check} class exists that no list names.
 */
public final class CoreChecks {

  private CoreChecks() { }

  public static List<Check> all() {
    List<Check> all = new ArrayList<>();
    all.addAll(NetworkChecks.all());
    return List.copyOf(all);
  }
}
