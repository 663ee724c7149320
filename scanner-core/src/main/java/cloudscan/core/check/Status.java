package cloudscan.core.check;

/** Outcome of one check for one resource or scope. */
public enum Status {
  /** The resource meets the check. */
  PASS,
  /** The resource violates the check. */
  FAIL,
  /** Needs a person's review (e.g. an algorithm whose CRYPTREC status is unconfirmed). */
  WARN,
  /** Could not be judged: the data was missing (collection gap) or unreadable. Never a pass. */
  UNKNOWN,
  /** A failure hidden by a valid waiver; the report shows who approved it and until when. */
  WAIVED
}
