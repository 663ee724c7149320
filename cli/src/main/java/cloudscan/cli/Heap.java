package cloudscan.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap use so far, for the scan summary and the benchmarks. */
public final class Heap {

  private Heap() { }

  /** Sum of the heap pools' peaks (an upper bound of the true peak), in MB. */
  public static long peakMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / (1 << 20);
  }
}
