package cloudscan.cli;

import cloudscan.core.engine.ProgressListener;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Progress of a long scan on stderr: at most one line a second, and the last one always. */
final class StderrProgress implements ProgressListener {

  private final PrintWriter err;
  private final AtomicLong lastPrint = new AtomicLong();
  private final AtomicInteger failed = new AtomicInteger();

  StderrProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void taskFinished(String task, int done, int total, boolean gap) {
    if (gap) {
      failed.incrementAndGet();
    }
    long now = System.nanoTime();
    long last = lastPrint.get();
    if (done == total || (now - last > 1_000_000_000L && lastPrint.compareAndSet(last, now))) {
      synchronized (err) {
        err.printf("collecting: %d/%d tasks done, %d with gaps (last: %s)%n", done, total, failed.get(), task);
        err.flush();
      }
    }
  }
}
