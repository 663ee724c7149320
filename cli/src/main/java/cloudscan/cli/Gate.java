package cloudscan.cli;

import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.engine.AttestationState;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.waiver.Waiver;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides the exit code of a judged result, and says why: the CI gate.
 *
 * @param onlyNew {@code --fail-on-new}: only a FAIL that the baseline did not have counts toward
 *                exit 1; the result must then carry a baseline
 */
public record Gate(Severity failOn, boolean allowIncomplete, boolean onlyNew) {

  /** An exit code and the one-line reason printed as the last line of a judging command. */
  public record Verdict(int code, String reason) {
    public String line() {
      return "exit " + code + ": " + reason;
    }
  }

  public Gate(Severity failOn, boolean allowIncomplete) {
    this(failOn, allowIncomplete, false);
  }

  public int exitCode(ScanResult result) {
    return verdict(result).code();
  }

  public Verdict verdict(ScanResult result) {
    if (onlyNew && result.baseline() == null) {
      throw new IllegalStateException("--fail-on-new without a baseline");
    }
    Map<String, CheckOutcome> checks = result.checksById();
    List<String> notMet = result.requirements().stream()
        .filter(r -> r.status() == RequirementStatus.NOT_MET && !r.requirement().advisory())
        .filter(r -> failsAtThreshold(r, checks, result.baseline()))
        .map(r -> r.requirement().id().toString()).toList();
    if (!notMet.isEmpty()) {
      return new Verdict(ExitCode.NOT_MET, "requirement" + plural(notMet) + " " + String.join(", ", notMet)
          + " not met by " + (onlyNew ? "a new " : "a ") + "failing finding at or above --fail-on "
          + failOn.name().toLowerCase(java.util.Locale.ROOT));
    }
    Verdict incomplete = incomplete(result, checks);
    if (incomplete != null && !allowIncomplete) {
      return incomplete;
    }
    Verdict expired = attestationsAndWaivers(result);
    if (expired != null) {
      return expired;
    }
    return new Verdict(ExitCode.OK, incomplete != null
        ? "nothing fails at or above --fail-on; incomplete evidence accepted (--allow-incomplete)"
        : "every requirement in scope is met (advisory items never fail the gate)");
  }

  /** Gaps, UNKNOWN requirements or checks, or requirements left unassessed: exit 3. */
  private static Verdict incomplete(ScanResult result, Map<String, CheckOutcome> checks) {
    // Incomplete also when a failure below --fail-on masks an UNKNOWN in the same requirement.
    List<String> unknown = result.requirements().stream().filter(r -> r.status() == RequirementStatus.UNKNOWN
            || r.checkIds().stream().map(checks::get).anyMatch(o -> o != null && o.has(Status.UNKNOWN)))
        .map(r -> r.requirement().id().toString()).toList();
    List<String> notAssessed = result.requirements().stream()
        .filter(r -> r.status() == RequirementStatus.NOT_ASSESSED)
        .map(r -> r.requirement().id().toString()).toList();
    if (result.gaps().isEmpty() && unknown.isEmpty() && notAssessed.isEmpty()) {
      return null;
    }
    StringBuilder why = new StringBuilder("incomplete: ");
    if (!result.gaps().isEmpty()) {
      why.append(result.gaps().size()).append(" collection gap").append(result.gaps().size() == 1 ? "" : "s");
    }
    if (!unknown.isEmpty()) {
      why.append(why.length() > 12 ? ", " : "").append("requirement").append(plural(unknown)).append(' ')
          .append(String.join(", ", unknown)).append(" UNKNOWN");
    }
    if (!notAssessed.isEmpty()) {
      why.append(why.length() > 12 ? ", " : "").append("requirement").append(plural(notAssessed)).append(' ')
          .append(String.join(", ", notAssessed)).append(" NOT_ASSESSED (checks excluded)");
    }
    return new Verdict(ExitCode.INCOMPLETE, why.append(" (--allow-incomplete accepts it)").toString());
  }

  /**
   * Exit 4: an attestation a requirement needs is missing, expired or not yet valid, or a waiver
   * that mattered has expired. Missing counts like expired, so deleting an expired attestation
   * never improves the exit code.
   */
  private static Verdict attestationsAndWaivers(ScanResult result) {
    List<String> why = new java.util.ArrayList<>();
    for (RequirementResult r : result.requirements()) {
      AttestationState s = r.attestationState();
      String id = r.requirement().id().toString();
      if (s == AttestationState.EXPIRED) {
        why.add("attestation for " + id + " expired on " + r.attestation().validUntil());
      } else if (s == AttestationState.MISSING) {
        why.add("attestation for " + id + " missing");
      } else if (s == AttestationState.NOT_YET_VALID) {
        why.add("attestation for " + id + " not valid before " + r.attestation().attestedOn());
      }
    }
    for (Waiver w : result.expiredWaivers()) {
      why.add("waiver for " + w.checkId() + " expired on " + w.expires());
    }
    if (why.isEmpty()) {
      return null;
    }
    String shown = why.size() <= 3 ? String.join("; ", why)
        : why.stream().limit(3).collect(Collectors.joining("; ")) + "; and " + (why.size() - 3) + " more";
    return new Verdict(ExitCode.EXPIRED, shown);
  }

  private static String plural(List<?> l) {
    return l.size() == 1 ? "" : "s";
  }

  private boolean failsAtThreshold(RequirementResult r, Map<String, CheckOutcome> checks, Baseline b) {
    return r.checkIds().stream().map(checks::get)
        .anyMatch(o -> o != null && o.spec().severity().atLeast(failOn) && o.findings().stream()
            .anyMatch(f -> f.status() == Status.FAIL && (!onlyNew || b.isNew(f))));
  }
}
