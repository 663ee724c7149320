package cloudscan.core.engine;

/** A requirement's verdict, worst first. */
public enum RequirementStatus {
  /** At least one mapped check failed (and no valid waiver covers it). */
  NOT_MET,
  /** Some evidence could not be collected or judged: never reads as met. */
  UNKNOWN,
  /**
   * A check serving it was left out on purpose ({@code --checks}, {@code --exclude-checks},
   * {@code --severity}): the requirement was not judged in full, so it is never MET.
   */
  NOT_ASSESSED,
  /** Findings need a person's review (e.g. an algorithm whose CRYPTREC status is unconfirmed). */
  NEEDS_REVIEW,
  /** Checks (if any) passed, but the requirement also needs a valid attestation, missing or expired. */
  ATTESTATION_REQUIRED,
  /** Every mapped check passed or is validly waived, and any needed attestation is valid. */
  MET,
  /** Nothing in scope to judge (no resource of the kinds the checks look at, and no gap). */
  NOT_APPLICABLE
}
