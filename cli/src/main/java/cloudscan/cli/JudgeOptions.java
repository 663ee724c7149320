package cloudscan.cli;

import cloudscan.core.check.Severity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options that shape how a snapshot is judged (shared by demo, evaluate and scan). */
public final class JudgeOptions {

  @Option(names = "--config", paramLabel = "FILE",
      description = "YAML file with thresholds and options (see README, Configuration). "
          + "An option given on the command line wins over the file, the file over the catalog.")
  Path config;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "Requirement catalog (JSON, schema 1). Default: Fujisawa City's bundled list.")
  Path catalog;

  @Option(names = "--waivers", paramLabel = "FILE", description = "waivers.yaml: approved exceptions.")
  Path waivers;

  @Option(names = "--attestations", paramLabel = "FILE",
      description = "attestations.yaml: statements for ATTEST/PARTIAL requirements.")
  Path attestations;

  @Option(names = "--now", paramLabel = "DATE|TIME", converter = NowConverter.class,
      description = "Judge as of this day (YYYY-MM-DD: its start in Japan, as dates in the YAML files) "
          + "or time (ISO-8601, e.g. 2026-04-01T00:00:00Z). Default: now.")
  Instant now;

  @Option(names = "--threshold", paramLabel = "NAME=VALUE",
      description = "Tighten a threshold of the catalog (never loosen: that is exit 2): logRetentionDays, "
          + "minPasswordLength, patchWindowDays, maxAccessKeyAgeDays, unusedCredentialDays, strength112EndsAfter.")
  Map<String, String> thresholds = new LinkedHashMap<>();

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "low",
      description = "Exit 1 when a requirement is not met by a finding at or above this severity "
          + "(critical, high, medium, low, info). Default: ${DEFAULT-VALUE}.")
  String failOn;

  @Option(names = "--allow-incomplete",
      description = "Do not exit 3 when some evidence could not be collected or checks were excluded.")
  boolean allowIncomplete;

  @Option(names = "--system-name", paramLabel = "NAME",
      description = "The system or vendor the report is filed under (shown in the report header).")
  String systemName;

  Gate gate(boolean onlyNew) {
    return new Gate(Severity.parse(failOn), allowIncomplete, onlyNew);
  }
}
