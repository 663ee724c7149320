package cloudscan.checks.detection;

import cloudscan.core.check.Check;
import java.util.List;

/** The detection domain's checks, listed explicitly (no classpath scanning). */
public final class DetectionChecks {

  private DetectionChecks() { }

  public static List<Check> all() {
    return List.of(new ConfigRecordingOff(), new ThreatDetectionOff(),
        new IncidentNotificationMissing(), new MalwareProtectionOff(),
        new VulnerabilityScanningOff());
  }
}
