package cloudscan.aws.collect;

import cloudscan.core.fact.Fact;
import cloudscan.core.provider.FactSink;
import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Two small helpers that keep collectors honest: "not configured" is an answer, a failure is a gap.
 */
public final class Reads {

  private Reads() { }

  /**
   * Calls {@code read}; an AWS error whose code is one of {@code notSetCodes} (e.g.
   * {@code ServerSideEncryptionConfigurationNotFoundError}, {@code NoSuchEntity}) means "not
   * configured" and yields null. Every other error propagates.
   */
  public static <T> T orNull(Supplier<T> read, String... notSetCodes) {
    try {
      return read.get();
    } catch (AwsServiceException e) {
      if (AwsErrors.isCode(e, notSetCodes)) {
        return null;
      }
      throw e;
    }
  }

  /**
   * Emits the facts of one sub-step; if it fails, records a gap for {@code kinds} of this target
   * and lets the collector go on with the next step or resource.
   */
  public static void step(FactSink out, Set<Class<? extends Fact>> kinds,
      Supplier<? extends Collection<? extends Fact>> facts) {
    Collection<? extends Fact> result;
    try {
      result = facts.get();
    } catch (SdkException e) {
      out.gap(e, kinds);
      return;
    }
    result.forEach(out::accept);
  }

  /**
   * Reads one setting for a sub-step: {@code ok=false} means it failed and a gap for
   * {@code kinds} is already recorded; {@code ok=true, value=null} means "not configured".
   */
  public static <T> Fetched<T> fetch(FactSink out, Set<Class<? extends Fact>> kinds, Supplier<T> read,
      String... notSetCodes) {
    try {
      return new Fetched<>(orNull(read, notSetCodes), true);
    } catch (SdkException e) {
      out.gap(e, kinds);
      return new Fetched<>(null, false);
    }
  }

  /** The outcome of {@link #fetch}. */
  public record Fetched<T>(T value, boolean ok) { }
}
