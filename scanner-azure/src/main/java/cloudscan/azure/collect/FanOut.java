package cloudscan.azure.collect;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Per-resource reads of one collector (a GET per key, per database) with a few in flight at once,
 * on a pool shared by the scan; the subscription throttle still paces every request.
 */
final class FanOut implements AutoCloseable {

  private final ExecutorService pool;
  private final int width;

  FanOut(int threads, int width) {
    this.width = Math.max(1, width);
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "azure-read");
      t.setDaemon(true);
      return t;
    });
  }

  /** Results in input order; the first failure is thrown after every read finished. */
  <T, R> List<R> map(List<T> items, Function<T, R> read) {
    Semaphore inFlight = new Semaphore(width);
    List<CompletableFuture<R>> futures = items.stream().map(item -> CompletableFuture.supplyAsync(() -> {
      inFlight.acquireUninterruptibly();
      try {
        return read.apply(item);
      } finally {
        inFlight.release();
      }
    }, pool)).toList();
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    return futures.stream().map(FanOut::result).toList();
  }

  static <R> R result(CompletableFuture<R> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
