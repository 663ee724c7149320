package cloudscan.report;

import cloudscan.core.check.Lang;
import java.util.Objects;

/**
 * How a report is rendered.
 *
 * @param lang     the report's primary language; bilingual formats (HTML, JSON) carry both but
 *                 open in this one
 * @param progress told how far a writer is with a large file (the CLI prints it on stderr)
 */
public record ReportOptions(Lang lang, ReportProgress progress) {

  public ReportOptions {
    Objects.requireNonNull(lang, "lang");
    progress = progress == null ? ReportProgress.NONE : progress;
  }

  public ReportOptions(Lang lang) {
    this(lang, ReportProgress.NONE);
  }

  /** Japanese first: the city's security team is the primary reader. */
  public static ReportOptions defaults() {
    return new ReportOptions(Lang.JA);
  }
}
