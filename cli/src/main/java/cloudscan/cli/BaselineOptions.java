package cloudscan.cli;

import cloudscan.core.engine.ScanResult;
import cloudscan.core.input.InputException;
import cloudscan.report.json.ResultReader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Compare with an earlier report.json (shared by demo, evaluate and scan). */
public final class BaselineOptions {

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "An earlier report.json: mark each open finding (FAIL, WARN, UNKNOWN) NEW or UNCHANGED "
          + "and list the ones resolved since.")
  Path baseline;

  @Option(names = "--fail-on-new",
      description = "With --baseline: exit 1 only when a requirement is not met by a NEW failing finding "
          + "at or above --fail-on (failures already in the baseline do not fail the gate).")
  boolean failOnNew;

  /** The baseline result, or null; read (strictly) before any long work starts. */
  ScanResult read() throws InputException {
    if (failOnNew && baseline == null) {
      throw new InputException("--fail-on-new", 0, 0, "", "needs --baseline FILE (the report.json to compare with)");
    }
    return baseline == null ? null : new ResultReader().read(baseline);
  }
}
