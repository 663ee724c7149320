package cloudscan.testkit;

import cloudscan.core.fact.Fact;
import cloudscan.core.provider.FactSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What a collector emitted in a test: facts, and sub-step gaps with their errors. */
public class RecordingSink implements FactSink {

  /** A sub-step gap as the collector reported it. */
  public record SubGap(Throwable error, Set<Class<? extends Fact>> kinds) { }

  private final List<Fact> facts = new ArrayList<>();
  private final List<SubGap> gaps = new ArrayList<>();

  @Override
  public synchronized void accept(Fact fact) {
    facts.add(fact);
  }

  @Override
  public synchronized void gap(Throwable error, Set<Class<? extends Fact>> kinds) {
    gaps.add(new SubGap(error, kinds));
  }

  public synchronized <T extends Fact> List<T> all(Class<T> kind) {
    return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  public <T extends Fact> List<T> all(Class<T> kind, Predicate<? super T> filter) {
    return all(kind).stream().filter(filter).toList();
  }

  /** The only fact of {@code kind} whose resource ID {@link #identifies identifies} as {@code id}. */
  public <T extends Fact> T one(Class<T> kind, String id) {
    List<T> hits = all(kind, f -> identifies(f.resource().id(), id));
    if (hits.size() != 1) {
      throw new AssertionError("expected one " + kind.getSimpleName() + " for '" + id + "', got " + hits
          + " among " + all(kind));
    }
    return hits.get(0);
  }

  /** How {@link #one} matches: the resource ID contains {@code id}. */
  protected boolean identifies(String resourceId, String id) {
    return resourceId.contains(id);
  }

  public synchronized List<SubGap> gaps() {
    return List.copyOf(gaps);
  }

  public synchronized List<Fact> facts() {
    return List.copyOf(facts);
  }
}
