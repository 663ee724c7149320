package cloudscan.core.provider;

import cloudscan.core.fact.Fact;
import java.util.Set;

/**
 * Reads one service for one target and emits facts. A collector does not loop over regions or
 * accounts and does not catch-and-ignore: an exception it throws becomes a recorded gap for
 * every fact kind it {@link #produces()}, in one place (the engine).
 */
public interface Collector {

  /** Service name for gaps and progress, e.g. {@code ec2}, {@code kms}. */
  String service();

  /** Fact kinds this collector emits; a failure is a gap in all of them. */
  Set<Class<? extends Fact>> produces();

  /** True for services collected once per account (IAM, S3, Organizations, CloudFront). */
  default boolean global() {
    return false;
  }

  void collect(Target target, FactSink out) throws Exception;
}
