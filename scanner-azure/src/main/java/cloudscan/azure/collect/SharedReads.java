package cloudscan.azure.collect;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads several collectors need (the tenant-wide Resource Graph inventory, a subscription's NSGs,
 * NICs, VNets, paired regions): the first caller runs the read, every other caller gets its result or
 * its exception, without a second API call.
 */
final class SharedReads {

  private final Map<String, CompletableFuture<Object>> reads = new ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  <T> T get(String key, Supplier<T> read) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> theirs = reads.putIfAbsent(key, mine);
    if (theirs != null) {
      return (T) FanOut.result(theirs);
    }
    try {
      T value = read.get();
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    }
  }
}
