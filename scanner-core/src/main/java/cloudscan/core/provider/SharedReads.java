package cloudscan.core.provider;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads several collectors need, made once per key for the whole scan (a region's flow logs, a
 * subscription's NSGs, the tenant-wide inventory): the first caller runs the read, every other
 * caller gets its result, or its exception, without a second API call. Thread-safe.
 */
public final class SharedReads {

  private final Map<String, CompletableFuture<Object>> reads = new ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  public <T> T get(String key, Supplier<T> read) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> theirs = reads.putIfAbsent(key, mine);
    if (theirs == null) {
      try {
        T value = read.get();
        mine.complete(value);
        return value;
      } catch (RuntimeException | Error e) {
        mine.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return (T) theirs.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw (Error) cause;
    }
  }
}
