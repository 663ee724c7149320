package cloudscan.core.engine;

/** Whether a requirement's attestation is in order. */
public enum AttestationState { NOT_NEEDED, MISSING, VALID, EXPIRED }
