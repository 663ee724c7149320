package cloudscan.core.fact;

/** How long a log or backup store keeps data: a number of days, forever, or not known. */
public record Retention(Kind kind, int days) {

  public enum Kind { DAYS, UNLIMITED, UNKNOWN }

  public static Retention days(int days) {
    return new Retention(Kind.DAYS, days);
  }

  public static Retention unlimited() {
    return new Retention(Kind.UNLIMITED, 0);
  }

  public static Retention unknown() {
    return new Retention(Kind.UNKNOWN, 0);
  }

  public boolean isKnown() {
    return kind != Kind.UNKNOWN;
  }

  /** True if data is kept at least {@code minDays}. Only meaningful when {@link #isKnown()}. */
  public boolean atLeast(int minDays) {
    return kind == Kind.UNLIMITED || (kind == Kind.DAYS && days >= minDays);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case DAYS -> days + " days";
      case UNLIMITED -> "unlimited";
      case UNKNOWN -> "unknown";
    };
  }
}
