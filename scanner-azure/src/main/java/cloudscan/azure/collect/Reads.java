package cloudscan.azure.collect;

import cloudscan.core.fact.Fact;
import cloudscan.core.provider.FactSink;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Small helpers that keep collectors honest: "not there" is an answer, a failure is a gap. */
public final class Reads {

  private Reads() { }

  /**
   * Lists with {@code read}; a 409 MissingSubscriptionRegistration (the resource provider was never
   * registered in the subscription) means nothing of that kind exists there: an empty list, not a
   * gap. Every other error propagates.
   */
  public static <T> List<T> unlessUnregistered(Supplier<List<T>> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      if (AzureErrors.notRegistered(e)) {
        return List.of();
      }
      throw e;
    }
  }

  /** Reads one setting; HTTP 404 means "not configured" and yields null. Other errors propagate. */
  public static <T> T orNullIfAbsent(Supplier<T> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      if (AzureErrors.notFound(e)) {
        return null;
      }
      throw e;
    }
  }

  /**
   * Reads one sub-step's value; on failure records a gap for {@code kinds} of this target and
   * returns {@code ok=false}, so the collector goes on with the next step or resource.
   */
  public static <T> Fetched<T> fetch(FactSink out, Set<Class<? extends Fact>> kinds, Supplier<T> read) {
    try {
      return new Fetched<>(read.get(), true);
    } catch (RuntimeException e) {
      out.gap(e, kinds);
      return new Fetched<>(null, false);
    }
  }

  /** The outcome of {@link #fetch}: {@code ok=false} means the gap is already recorded. */
  public record Fetched<T>(T value, boolean ok) { }
}
