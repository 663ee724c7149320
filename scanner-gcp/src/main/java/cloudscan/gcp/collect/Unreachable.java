package cloudscan.gcp.collect;

import cloudscan.core.fact.Fact;
import cloudscan.core.provider.FactSink;
import java.util.Collection;
import java.util.Set;

/**
 * Locations or zones a list over many of them ({@code locations/-}, an aggregated list) reports it
 * could not reach: what they hold was not read, which is a gap in {@code kinds}, never "none there".
 */
public final class Unreachable {

  private Unreachable() { }

  /** Records the gap when {@code unreachable} is not empty. */
  public static void gap(FactSink out, String service, Collection<String> unreachable, String what,
      Set<Class<? extends Fact>> kinds) {
    if (!unreachable.isEmpty()) {
      out.gap(new IllegalStateException(service + " could not reach " + unreachable + ": their " + what + " were not read"),
          kinds);
    }
  }
}
