package cloudscan.cli;

import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.engine.AttestationState;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.engine.ScanResult;
import java.util.Map;

/** Decides the exit code of a judged result: the CI gate. */
public record Gate(Severity failOn, boolean allowIncomplete) {

  public int exitCode(ScanResult result) {
    Map<String, CheckOutcome> checks = result.checksById();
    boolean notMet = result.requirements().stream()
        .filter(r -> r.status() == RequirementStatus.NOT_MET && !r.requirement().advisory())
        .anyMatch(r -> failsAtThreshold(r, checks));
    if (notMet) {
      return ExitCode.NOT_MET;
    }
    boolean incomplete = !result.gaps().isEmpty()
        || result.requirements().stream().anyMatch(r -> r.status() == RequirementStatus.UNKNOWN);
    if (incomplete && !allowIncomplete) {
      return ExitCode.INCOMPLETE;
    }
    boolean expired = !result.expiredWaivers().isEmpty() || result.requirements().stream()
        .anyMatch(r -> r.attestationState() == AttestationState.EXPIRED);
    return expired ? ExitCode.EXPIRED : ExitCode.OK;
  }

  private boolean failsAtThreshold(RequirementResult r, Map<String, CheckOutcome> checks) {
    return r.checkIds().stream().map(checks::get)
        .anyMatch(o -> o != null && o.has(Status.FAIL) && o.spec().severity().atLeast(failOn));
  }
}
