package cloudscan.gcp.collect;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts requests sent per {@code api:method} (retries included, refused calls excluded). */
public final class CallCounter {

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  void count(Read read) {
    counts.computeIfAbsent(read.api() + ":" + shortName(read.method()), k -> new LongAdder()).increment();
  }

  /** {@code Firewalls/List}, {@code storage.buckets.list}. */
  static String shortName(String method) {
    if (method.startsWith("rest:")) {
      return method.substring(5);
    }
    int dot = method.lastIndexOf('.', method.indexOf('/'));
    return method.substring(dot + 1);
  }

  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  public long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }
}
