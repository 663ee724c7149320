package cloudscan.report;

import cloudscan.core.check.Lang;
import java.util.Objects;

/**
 * How a report is rendered.
 *
 * @param lang the report's primary language; bilingual formats (HTML, JSON) carry both but open
 *             in this one
 */
public record ReportOptions(Lang lang) {

  public ReportOptions {
    Objects.requireNonNull(lang, "lang");
  }

  /** Japanese first: the city's security team is the primary reader. */
  public static ReportOptions defaults() {
    return new ReportOptions(Lang.JA);
  }
}
