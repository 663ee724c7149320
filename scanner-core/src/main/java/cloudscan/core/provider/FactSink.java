package cloudscan.core.provider;

import cloudscan.core.fact.Fact;
import java.util.Set;

/** Where a collector puts what it found, and the parts it could not read. Thread-safe. */
public interface FactSink {

  void accept(Fact fact);

  /**
   * Records that one sub-step failed while the rest of the collector goes on (e.g. the bucket
   * list was read but GetBucketEncryption was denied): the listed fact kinds become a gap for
   * this target.
   */
  void gap(Throwable error, Set<Class<? extends Fact>> kinds);
}
