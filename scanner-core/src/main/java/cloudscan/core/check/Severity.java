package cloudscan.core.check;

import java.util.Locale;

/** How bad a failing check is. Ordered from most to least severe. */
public enum Severity {
  CRITICAL, HIGH, MEDIUM, LOW, INFO;

  public static Severity parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "severity '" + s + "' (expected critical, high, medium, low or info)");
    }
  }

  /** True if this is at least as severe as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }
}
