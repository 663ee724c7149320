package cloudscan.core.provider;

import cloudscan.core.fact.SkipCause;
import java.util.Objects;

/**
 * A location that was not scanned, and why (shown in reports so nobody assumes it was).
 *
 * @param reason   the cause in words, as the provider saw it
 * @param evidence what suggests the location holds nothing (a guardrail that denies it, no billed
 *                 usage last month), or null; evidence may lift UNKNOWN to NEEDS_REVIEW, never to MET
 */
public record SkippedLocation(String account, String location, SkipCause cause, String reason,
    String evidence) {

  public SkippedLocation {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(cause, "cause");
    reason = reason == null ? "" : reason;
  }

  public SkippedLocation(String account, String location, SkipCause cause, String reason) {
    this(account, location, cause, reason, null);
  }

  /** The cause of a version-1 skip, which recorded only words. */
  public static SkipCause causeOfV1(String reason) {
    String r = reason == null ? "" : reason.toLowerCase(java.util.Locale.ROOT);
    if (r.contains("partition")) {
      return SkipCause.OTHER_PARTITION;
    }
    if (r.contains("not enabled") || r.contains("opt-in") || r.contains("not opted")) {
      return SkipCause.NOT_ENABLED;
    }
    return SkipCause.NOT_SELECTED;
  }
}
