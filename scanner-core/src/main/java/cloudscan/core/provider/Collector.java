package cloudscan.core.provider;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Scope;
import java.util.Set;
import java.util.stream.Collectors;

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

  /**
   * What this collector looks for in each target it runs on, as fact keys
   * ({@link FactKinds#key}): recorded in the snapshot, so that "none found" is an answer there and
   * "never looked" is UNKNOWN. By default the kinds it produces; a collector emitting a kind with
   * variants (SecurityService) must list the variants it looks for, since looking for GuardDuty is
   * not looking for AWS Config.
   */
  default Set<String> looksFor() {
    return produces().stream()
        .filter(k -> !FactKinds.kindsWithVariants().contains(k))
        .map(FactKinds::key)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** True for services collected once per account (IAM, S3, Organizations, CloudFront). */
  default boolean global() {
    return false;
  }

  /** The level of targets this collector runs on; by default from {@link #global()}. */
  default Scope.Level level() {
    return global() ? Scope.Level.ACCOUNT : Scope.Level.LOCATION;
  }

  void collect(Target target, FactSink out) throws Exception;
}
