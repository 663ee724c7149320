package cloudscan.core.catalog;

/** How a requirement can be assessed (REQUIREMENTS.md). */
public enum AssessmentKind {
  /** Decided from the cloud account's configuration. */
  AUTO,
  /** The scanner gathers evidence for part of it; the rest needs a person's attestation. */
  PARTIAL,
  /** No API can show it; an attestation is required. */
  ATTEST;

  public boolean needsAttestation() {
    return this != AUTO;
  }
}
