package cloudscan.report;

import cloudscan.core.engine.Evaluator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Time formatting for people: the city's time zone, with the zone named. */
public final class Times {

  /** The city's zone; machine formats keep UTC instants. */
  public static final ZoneId CITY = Evaluator.CITY_ZONE;

  private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'JST'");

  private Times() { }

  /** {@code 2026-06-01 09:00:00 JST}, or an empty string for null. */
  public static String human(Instant t) {
    return t == null ? "" : HUMAN.format(t.atZone(CITY));
  }

  /** ISO-8601 UTC ({@code 2026-06-01T00:00:00Z}), or null for null. */
  public static String iso(Instant t) {
    return t == null ? null : t.toString();
  }

  /** ISO-8601 date, or null for null. */
  public static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
