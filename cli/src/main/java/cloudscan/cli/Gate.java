package cloudscan.cli;

import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.engine.AttestationState;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.engine.ScanResult;
import java.util.Map;

/**
 * Decides the exit code of a judged result: the CI gate.
 *
 * @param onlyNew {@code --fail-on-new}: only a FAIL that the baseline did not have counts toward
 *                exit 1; the result must then carry a baseline
 */
public record Gate(Severity failOn, boolean allowIncomplete, boolean onlyNew) {

  public Gate(Severity failOn, boolean allowIncomplete) {
    this(failOn, allowIncomplete, false);
  }

  public int exitCode(ScanResult result) {
    if (onlyNew && result.baseline() == null) {
      throw new IllegalStateException("--fail-on-new without a baseline");
    }
    Map<String, CheckOutcome> checks = result.checksById();
    boolean notMet = result.requirements().stream()
        .filter(r -> r.status() == RequirementStatus.NOT_MET && !r.requirement().advisory())
        .anyMatch(r -> failsAtThreshold(r, checks, result.baseline()));
    if (notMet) {
      return ExitCode.NOT_MET;
    }
    // Incomplete also when a failure below --fail-on masks an UNKNOWN in the same requirement.
    boolean incomplete = !result.gaps().isEmpty()
        || result.requirements().stream().anyMatch(r -> r.status() == RequirementStatus.UNKNOWN
            || r.checkIds().stream().map(checks::get).anyMatch(o -> o != null && o.has(Status.UNKNOWN)));
    if (incomplete && !allowIncomplete) {
      return ExitCode.INCOMPLETE;
    }
    boolean expired = !result.expiredWaivers().isEmpty() || result.requirements().stream()
        .anyMatch(r -> r.attestationState() == AttestationState.EXPIRED);
    return expired ? ExitCode.EXPIRED : ExitCode.OK;
  }

  private boolean failsAtThreshold(RequirementResult r, Map<String, CheckOutcome> checks, Baseline b) {
    return r.checkIds().stream().map(checks::get)
        .anyMatch(o -> o != null && o.spec().severity().atLeast(failOn) && o.findings().stream()
            .anyMatch(f -> f.status() == Status.FAIL && (!onlyNew || b.isNew(f))));
  }
}
