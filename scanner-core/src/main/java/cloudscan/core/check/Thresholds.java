package cloudscan.core.check;

import java.time.LocalDate;

/**
 * Numbers the requirements state, as defaults a city may tighten: log retention (3.2: one year),
 * password length (3.5: 8), patch window (3.13: one week), access-key age, the CRYPTREC LS-0003
 * end of the 112-bit transition period (new operations with 112-bit strength end with 2030).
 */
public record Thresholds(int logRetentionDays, int minPasswordLength, int patchWindowDays,
    int maxAccessKeyAgeDays, int unusedCredentialDays, LocalDate strength112EndsAfter) {

  public static final Thresholds DEFAULTS =
      new Thresholds(365, 8, 7, 90, 45, LocalDate.of(2030, 12, 31));

  public Thresholds {
    if (logRetentionDays < 1 || minPasswordLength < 1 || patchWindowDays < 0
        || maxAccessKeyAgeDays < 1 || unusedCredentialDays < 1) {
      throw new IllegalArgumentException("thresholds must be positive");
    }
  }

  /** Returns a copy with {@code name=value} applied; names are the record components. */
  public Thresholds with(String name, String value) {
    try {
      return switch (name) {
        case "logRetentionDays" -> new Thresholds(Integer.parseInt(value), minPasswordLength,
            patchWindowDays, maxAccessKeyAgeDays, unusedCredentialDays, strength112EndsAfter);
        case "minPasswordLength" -> new Thresholds(logRetentionDays, Integer.parseInt(value),
            patchWindowDays, maxAccessKeyAgeDays, unusedCredentialDays, strength112EndsAfter);
        case "patchWindowDays" -> new Thresholds(logRetentionDays, minPasswordLength,
            Integer.parseInt(value), maxAccessKeyAgeDays, unusedCredentialDays, strength112EndsAfter);
        case "maxAccessKeyAgeDays" -> new Thresholds(logRetentionDays, minPasswordLength,
            patchWindowDays, Integer.parseInt(value), unusedCredentialDays, strength112EndsAfter);
        case "unusedCredentialDays" -> new Thresholds(logRetentionDays, minPasswordLength,
            patchWindowDays, maxAccessKeyAgeDays, Integer.parseInt(value), strength112EndsAfter);
        case "strength112EndsAfter" -> new Thresholds(logRetentionDays, minPasswordLength,
            patchWindowDays, maxAccessKeyAgeDays, unusedCredentialDays, LocalDate.parse(value));
        default -> throw new IllegalArgumentException("unknown threshold '" + name
            + "' (expected logRetentionDays, minPasswordLength, patchWindowDays, "
            + "maxAccessKeyAgeDays, unusedCredentialDays or strength112EndsAfter)");
      };
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new IllegalArgumentException("threshold " + name + "='" + value + "' is not a valid value");
    }
  }
}
