package cloudscan.core.snapshot;

/** Why a collection step could not look. Every kind makes dependent checks UNKNOWN. */
public enum GapKind {
  ACCESS_DENIED,
  THROTTLED,
  REGION_DISABLED,
  TIMEOUT,
  /** The API answered with something cloudscan could not understand, or is not offered there. */
  UNSUPPORTED,
  ERROR
}
