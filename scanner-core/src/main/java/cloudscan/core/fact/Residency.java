package cloudscan.core.fact;

/** Whether a location is inside Japan. */
public enum Residency {
  /** Inside Japan. */
  JAPAN,
  /** Outside Japan. */
  ABROAD,
  /** Global or multi-region service whose data may be served or cached anywhere. */
  GLOBAL,
  /** A location name cloudscan does not know; judged as needing review, never as Japan. */
  UNKNOWN
}
