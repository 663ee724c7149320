package cloudscan.checks;

import cloudscan.checks.backup.BackupChecks;
import cloudscan.checks.crypto.CryptoChecks;
import cloudscan.checks.detection.DetectionChecks;
import cloudscan.checks.exposure.ExposureChecks;
import cloudscan.checks.identity.IdentityChecks;
import cloudscan.checks.logging.LoggingChecks;
import cloudscan.checks.network.NetworkChecks;
import cloudscan.checks.patching.PatchingChecks;
import cloudscan.checks.residency.ResidencyChecks;
import cloudscan.checks.resilience.ResilienceChecks;
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
    all.addAll(ResidencyChecks.all());
    all.addAll(NetworkChecks.all());
    all.addAll(ExposureChecks.all());
    all.addAll(CryptoChecks.all());
    all.addAll(LoggingChecks.all());
    all.addAll(DetectionChecks.all());
    all.addAll(IdentityChecks.all());
    all.addAll(BackupChecks.all());
    all.addAll(ResilienceChecks.all());
    all.addAll(PatchingChecks.all());
    return List.copyOf(all);
  }
}
