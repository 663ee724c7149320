package cloudscan.report;

/**
 * How far a writer is with a large file, for a progress line on stderr. Writers call it once per
 * finding written; the listener decides how often to print.
 */
@FunctionalInterface
public interface ReportProgress {

  /** Reports nothing. */
  ReportProgress NONE = (file, done, total) -> { };

  /**
   * @param file  the file being written, e.g. {@code report.json}
   * @param done  items (finding rows) written so far
   * @param total items the file will hold
   */
  void written(String file, long done, long total);
}
