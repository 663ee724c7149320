package cloudscan.core.check;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the requirements state, as defaults a city may tighten: log retention (3.2: one year),
 * password length (3.5: 8), patch window (3.13: one week), access-key age, the CRYPTREC LS-0003
 * end of the 112-bit transition period (new operations with 112-bit strength end with 2030).
 *
 * <p>Thresholds change verdicts, so they are evidence: each declares which direction is stricter
 * ({@link #STRICTER}). The catalog carries the values in force; an option may tighten them, never
 * loosen them ({@link #looserThan}).
 */
public record Thresholds(int logRetentionDays, int minPasswordLength, int patchWindowDays,
    int maxAccessKeyAgeDays, int unusedCredentialDays, LocalDate strength112EndsAfter) {

  public static final Thresholds DEFAULTS =
      new Thresholds(365, 8, 7, 90, 45, LocalDate.of(2030, 12, 31));

  /** Which way a threshold is stricter. */
  public enum Stricter {
    /** A larger number is stricter (keep logs longer, longer passwords). */
    HIGHER,
    /** A smaller number or an earlier date is stricter (patch sooner, retire keys sooner). */
    LOWER
  }

  /** Every threshold's name (the record component) and its stricter direction, in order. */
  public static final Map<String, Stricter> STRICTER = directions();

  private static Map<String, Stricter> directions() {
    Map<String, Stricter> m = new LinkedHashMap<>();
    m.put("logRetentionDays", Stricter.HIGHER);
    m.put("minPasswordLength", Stricter.HIGHER);
    m.put("patchWindowDays", Stricter.LOWER);
    m.put("maxAccessKeyAgeDays", Stricter.LOWER);
    m.put("unusedCredentialDays", Stricter.LOWER);
    m.put("strength112EndsAfter", Stricter.LOWER);
    return java.util.Collections.unmodifiableMap(m);
  }

  public Thresholds {
    if (logRetentionDays < 1 || minPasswordLength < 1 || patchWindowDays < 0
        || maxAccessKeyAgeDays < 1 || unusedCredentialDays < 1) {
      throw new IllegalArgumentException("thresholds must be positive");
    }
    java.util.Objects.requireNonNull(strength112EndsAfter, "strength112EndsAfter");
  }

  /** The names of every threshold, in order. */
  public static List<String> names() {
    return List.copyOf(STRICTER.keySet());
  }

  /** The value of {@code name} as text (a number, or a date {@code YYYY-MM-DD}). */
  public String valueOf(String name) {
    return switch (name) {
      case "logRetentionDays" -> String.valueOf(logRetentionDays);
      case "minPasswordLength" -> String.valueOf(minPasswordLength);
      case "patchWindowDays" -> String.valueOf(patchWindowDays);
      case "maxAccessKeyAgeDays" -> String.valueOf(maxAccessKeyAgeDays);
      case "unusedCredentialDays" -> String.valueOf(unusedCredentialDays);
      case "strength112EndsAfter" -> strength112EndsAfter.toString();
      default -> throw unknown(name);
    };
  }

  /** True when this value of {@code name} is looser than {@code base}'s (a vendor may not loosen). */
  public boolean looserThan(Thresholds base, String name) {
    int c = name.equals("strength112EndsAfter")
        ? strength112EndsAfter.compareTo(base.strength112EndsAfter)
        : Integer.compare(Integer.parseInt(valueOf(name)), Integer.parseInt(base.valueOf(name)));
    Stricter s = STRICTER.get(name);
    return s == Stricter.HIGHER ? c < 0 : c > 0;
  }

  /** Returns a copy with {@code name=value} applied; names are the record components. */
  public Thresholds with(String name, String value) {
    if (!STRICTER.containsKey(name)) {
      throw unknown(name);
    }
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
        default -> new Thresholds(logRetentionDays, minPasswordLength,
            patchWindowDays, maxAccessKeyAgeDays, unusedCredentialDays, LocalDate.parse(value));
      };
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new IllegalArgumentException("threshold " + name + "='" + value + "' is not a valid "
          + (name.equals("strength112EndsAfter") ? "date (expected YYYY-MM-DD)" : "whole number"));
    }
  }

  private static IllegalArgumentException unknown(String name) {
    return new IllegalArgumentException("unknown threshold '" + name + "' (expected one of "
        + String.join(", ", STRICTER.keySet()) + ")");
  }
}
