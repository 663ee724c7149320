package cloudscan.core.fact;

/**
 * Why a location of an account was not looked into. A location left out is coverage, not
 * silence: requirements about the whole estate (1.1 residency) cannot be met while a location
 * that is part of it was never examined.
 */
public enum SkipCause {
  /** An opt-in region that is not enabled for the account: not part of the estate. */
  NOT_ENABLED(false),
  /** A region of another partition (aws-cn, aws-us-gov): not part of the estate. */
  OTHER_PARTITION(false),
  /** Left out by the user ({@code --regions}): part of the estate, never examined. */
  NOT_SELECTED(true),
  /**
   * Denied by a guardrail (an SCP region deny): it stops new requests but does not empty the
   * region, so it is part of the estate; the guardrail is evidence that lifts UNKNOWN to
   * NEEDS_REVIEW, never to MET.
   */
  DENIED_BY_GUARDRAIL(true),
  /** Could not be reached at all (endpoint failure before any collector ran). */
  UNREACHABLE(true);

  private final boolean inEstate;

  SkipCause(boolean inEstate) {
    this.inEstate = inEstate;
  }

  /** True if resources there belong to the estate being judged. */
  public boolean inEstate() {
    return inEstate;
  }
}
