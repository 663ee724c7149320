package cloudscan.core.engine;

import cloudscan.core.check.Estate;
import cloudscan.core.check.Facts;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The facts of one snapshot, indexed by kind, with the estate the runs looked at. Holds each fact
 * once. Not thread-safe for writes; reads (by checks running in parallel) are.
 */
public final class FactStore implements Facts {

  private final Map<Class<? extends Fact>, List<Fact>> byKind = new LinkedHashMap<>();
  private final Map<String, Set<Scope>> scopesByKey = new ConcurrentHashMap<>();
  private Estate estate = Estate.EMPTY;
  private long size;

  public void add(Fact fact) {
    byKind.computeIfAbsent(fact.getClass(), k -> new ArrayList<>()).add(fact);
    size++;
  }

  public void addAll(Iterable<? extends Fact> facts) {
    facts.forEach(this::add);
  }

  /** Sets where the runs looked (from the snapshot's runs); facts never add to it. */
  public void estate(Estate e) {
    this.estate = e;
  }

  @Override
  public Estate estate() {
    return estate;
  }

  /** Replaces every fact of {@code kind} by {@code f}'s answer (used when upgrading old snapshots). */
  @SuppressWarnings("unchecked")
  public <T extends Fact> void replaceAll(Class<T> kind, UnaryOperator<T> f) {
    List<Fact> list = byKind.get(kind);
    if (list != null) {
      list.replaceAll(x -> f.apply((T) x));
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T extends Fact> List<T> all(Class<T> kind) {
    List<Fact> list = byKind.get(kind);
    return list == null ? List.of() : (List<T>) Collections.unmodifiableList(list);
  }

  /**
   * The scopes in which facts with {@code key} ({@link FactKinds#key}) were collected, computed
   * once per key.
   */
  public Set<Scope> scopesWith(Class<? extends Fact> kind, String key) {
    return scopesByKey.computeIfAbsent(key, k -> {
      Set<Scope> out = new HashSet<>();
      for (Fact f : all(kind)) {
        if (FactKinds.key(f).equals(k)) {
          out.add(f.resource().scope());
        }
      }
      return Set.copyOf(out);
    });
  }

  public Set<Class<? extends Fact>> kinds() {
    return Collections.unmodifiableSet(byKind.keySet());
  }

  public long size() {
    return size;
  }

  public boolean has(Class<? extends Fact> kind) {
    List<Fact> list = byKind.get(kind);
    return list != null && !list.isEmpty();
  }
}
