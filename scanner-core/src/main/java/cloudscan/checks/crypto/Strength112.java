package cloudscan.checks.crypto;

import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Thresholds;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The LS-0003 transition for 112-bit strength (RSA 2048, P-224, 3-key TDES): new encryption and
 * signing is allowed through {@link Thresholds#strength112EndsAfter()} (2030-12-31 by default);
 * from the next day (00:00 UTC) only decrypting and verifying existing data is.
 */
final class Strength112 {

  private Strength112() { }

  /** The first instant at which 112-bit strength is no longer allowed for new operations. */
  static Instant end(Thresholds t) {
    return t.strength112EndsAfter().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** True once the transition period is over at the evaluation time. */
  static boolean over(EvalContext ctx) {
    return !ctx.now().isBefore(end(ctx.thresholds()));
  }

  /** The last allowed day, as printed in messages ({@code 2030-12-31}). */
  static String lastDay(Thresholds t) {
    return t.strength112EndsAfter().toString();
  }
}
