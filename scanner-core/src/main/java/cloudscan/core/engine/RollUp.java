package cloudscan.core.engine;

import cloudscan.core.catalog.Requirement;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Status;
import cloudscan.core.waiver.Attestation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Requirement roll-up. MET only when every mapped check passed or is validly waived and, where the
 * requirement needs one, a valid attestation exists. Worst wins: a failure, then anything unknown,
 * then a check left out on purpose (not assessed), then anything needing review.
 */
final class RollUp {

  private final List<Attestation> attestations;
  private final LocalDate today;
  private final List<CheckSpec> excluded;

  /** @param excluded checks left out on purpose: the requirements they serve are NOT_ASSESSED */
  RollUp(List<Attestation> attestations, LocalDate today, List<CheckSpec> excluded) {
    this.attestations = attestations;
    this.today = today;
    this.excluded = excluded;
  }

  RequirementResult judge(Requirement req, List<CheckOutcome> outcomes) {
    List<CheckOutcome> mine = outcomes.stream()
        .filter(o -> o.spec().requirements().contains(req.id())).toList();
    Optional<Attestation> att = attestationFor(req);
    AttestationState state = !req.assessment().needsAttestation() ? AttestationState.NOT_NEEDED
        : att.isEmpty() ? AttestationState.MISSING
        : att.get().validOn(today) ? AttestationState.VALID
        : att.get().notYetValidOn(today) ? AttestationState.NOT_YET_VALID : AttestationState.EXPIRED;
    boolean partly = excluded.stream().anyMatch(s -> s.requirements().contains(req.id()));
    RequirementStatus status = status(req, mine, state, partly);
    return new RequirementResult(req, status, mine.stream().map(o -> o.spec().id()).toList(), state,
        att.orElse(null));
  }

  private static RequirementStatus status(Requirement req, List<CheckOutcome> mine,
      AttestationState state, boolean partlyExcluded) {
    if (any(mine, Status.FAIL)) {
      return RequirementStatus.NOT_MET;
    }
    if (any(mine, Status.UNKNOWN)) {
      return RequirementStatus.UNKNOWN;
    }
    if (partlyExcluded) {
      return RequirementStatus.NOT_ASSESSED;
    }
    if (any(mine, Status.WARN)) {
      return RequirementStatus.NEEDS_REVIEW;
    }
    boolean evidence = any(mine, Status.PASS) || any(mine, Status.WAIVED);
    if (req.assessment().needsAttestation()) {
      return state == AttestationState.VALID ? RequirementStatus.MET
          : RequirementStatus.ATTESTATION_REQUIRED;
    }
    return evidence ? RequirementStatus.MET : RequirementStatus.NOT_APPLICABLE;
  }

  private static boolean any(List<CheckOutcome> outcomes, Status status) {
    return outcomes.stream().anyMatch(o -> o.has(status));
  }

  /** The attestation to consider: a valid one beats any other, then the latest-valid. */
  private Optional<Attestation> attestationFor(Requirement req) {
    return attestations.stream()
        .filter(a -> a.requirement().equals(req.id()))
        .max(Comparator.comparing((Attestation a) -> a.validOn(today))
            .thenComparing(Attestation::validUntil));
  }
}
