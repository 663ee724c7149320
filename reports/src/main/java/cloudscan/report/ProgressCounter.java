package cloudscan.report;

/** Counts the rows one writer has written to one file and tells the {@link ReportProgress}. */
public final class ProgressCounter {

  private final ReportProgress listener;
  private final String file;
  private final long total;
  private long done;

  public ProgressCounter(ReportOptions options, String file, long total) {
    this.listener = options.progress();
    this.file = file;
    this.total = total;
  }

  /** One more row written. */
  public void step() {
    listener.written(file, ++done, total);
  }

  /** {@code n} more rows written. */
  public void add(long n) {
    done += n;
    listener.written(file, done, total);
  }

  /** The last call, so a listener that prints now and then always prints the end. */
  public void end() {
    if (done < total) {
      done = total;
      listener.written(file, done, total);
    } else if (total == 0) {
      listener.written(file, 0, 0);
    }
  }
}
