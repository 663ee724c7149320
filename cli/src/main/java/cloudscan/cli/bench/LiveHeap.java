package cloudscan.cli.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap still in use after a garbage collection since the last {@link #reset}: what
 * a phase really keeps alive (pool peaks include garbage not yet collected). For the benchmarks.
 */
final class LiveHeap {

  private final AtomicLong max = new AtomicLong();

  LiveHeap() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
            .filter(e -> isHeap(e.getKey())).map(java.util.Map.Entry::getValue).mapToLong(MemoryUsage::getUsed).sum();
        max.accumulateAndGet(used, Math::max);
      }, null, null);
    }
  }

  private static boolean isHeap(String pool) {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .anyMatch(p -> p.getName().equals(pool) && p.getType() == java.lang.management.MemoryType.HEAP);
  }

  /** MB kept alive at most since the last reset (0 if no collection ran). */
  long maxMb() {
    return max.get() / (1 << 20);
  }

  void reset() {
    max.set(0);
  }
}
