package cloudscan.cli;

import cloudscan.report.ReportProgress;
import java.io.PrintWriter;

/**
 * Progress of report writing on stderr: "report.json: 120,000 / 309,702 rows", at most once a
 * second per run and at the end of each file, and only for files large enough to take a while.
 */
public final class ProgressLines {

  /** Files with fewer rows are written in well under a second: no progress lines for them. */
  static final long LARGE = 50_000;

  private ProgressLines() { }

  static ReportProgress on(PrintWriter err) {
    return on(err, LARGE);
  }

  public static ReportProgress on(PrintWriter err, long minRows) {
    long[] last = {0};
    return (file, done, total) -> {
      if (total < minRows) {
        return;
      }
      long now = System.nanoTime();
      if (done == total || now - last[0] > 1_000_000_000L) {
        last[0] = now;
        err.printf("  %s: %,d / %,d rows%n", file, done, total);
        err.flush();
      }
    };
  }
}
