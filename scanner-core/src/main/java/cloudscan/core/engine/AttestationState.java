package cloudscan.core.engine;

/**
 * Whether a requirement's attestation is in order. Like a waiver, an attestation counts only from
 * its {@code attestedOn} day: one dated after the evaluation day is {@link #NOT_YET_VALID}.
 */
public enum AttestationState { NOT_NEEDED, MISSING, VALID, EXPIRED, NOT_YET_VALID }
