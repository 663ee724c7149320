package cloudscan.aws.collect;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads made once per key for the whole scan: the first caller runs the read, every other caller
 * gets its result, or its exception, without a second API call.
 */
final class Memo {

  private final Map<String, CompletableFuture<Object>> shared = new ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  <T> T get(String key, Supplier<T> read) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> theirs = shared.putIfAbsent(key, mine);
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
