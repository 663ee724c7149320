package cloudscan.aws.collect;

import cloudscan.core.fact.Fact;
import cloudscan.core.provider.FactSink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Per-resource reads fanned out with bounded concurrency (S3 buckets, KMS keys, IAM users,
 * DynamoDB tables): a scan's wall time is the longest chain of dependent calls, not their sum.
 * One item failing (a key whose policy refuses DescribeKey, a table deleted mid-scan) is a gap for
 * that item; the others are collected. One level only: an item's own reads run in its thread.
 */
public final class Items implements AutoCloseable {

  private static final ThreadLocal<Boolean> IN_POOL = ThreadLocal.withInitial(() -> false);

  private final ExecutorService pool;

  Items(int threads) {
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(() -> {
        IN_POOL.set(true);
        r.run();
      }, "aws-item-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Emits the facts of every item, read concurrently; an item whose read fails with an SDK error
   * becomes a gap for {@code kinds} (with the failing operation) and the rest go on.
   */
  public <T> void each(FactSink out, Set<Class<? extends Fact>> kinds, Collection<T> items,
      Function<T, ? extends Collection<? extends Fact>> read) {
    for (List<? extends Fact> facts : map(out, kinds, items, t -> List.copyOf(read.apply(t)))) {
      facts.forEach(out::accept);
    }
  }

  /** The results of {@code read} per item, in order; failed items are left out after a gap. */
  public <T, R> List<R> map(FactSink out, Set<Class<? extends Fact>> kinds, Collection<T> items,
      Function<T, R> read) {
    List<CompletableFuture<R>> futures = new ArrayList<>();
    for (T item : items) {
      futures.add(IN_POOL.get() ? run(read, item) : CompletableFuture.supplyAsync(() -> read.apply(item), pool));
    }
    List<R> results = new ArrayList<>();
    for (CompletableFuture<R> f : futures) {
      try {
        R r = f.join();
        if (r != null) {
          results.add(r);
        }
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof SdkException sdk) {
          out.gap(sdk, kinds);
        } else if (cause instanceof RuntimeException re) {
          throw re;
        } else {
          throw e;
        }
      }
    }
    return results;
  }

  private static <T, R> CompletableFuture<R> run(Function<T, R> read, T item) {
    try {
      return CompletableFuture.completedFuture(read.apply(item));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
