package cloudscan.core.engine;

import cloudscan.core.check.Facts;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Scope;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The facts of one snapshot, indexed by kind. Holds each fact once. Not thread-safe for writes. */
public final class FactStore implements Facts {

  private final Map<Class<? extends Fact>, List<Fact>> byKind = new LinkedHashMap<>();
  private final Set<Scope> scopes = new HashSet<>();
  private Fact lastScoped;
  private long size;

  public void add(Fact fact) {
    byKind.computeIfAbsent(fact.getClass(), k -> new ArrayList<>()).add(fact);
    if (lastScoped == null || !sameScope(lastScoped, fact)) {
      scopes.add(fact.resource().scope());
      lastScoped = fact;
    }
    size++;
  }

  private static boolean sameScope(Fact a, Fact b) {
    // account and location strings are interned by ResourceRef: identity compare is enough
    return a.resource().cloud() == b.resource().cloud()
        && a.resource().account() == b.resource().account()
        && a.resource().location() == b.resource().location();
  }

  /** Declares a scope as collected even if it yielded no facts. */
  public void addScope(Scope scope) {
    scopes.add(scope);
  }

  @Override
  public Set<Scope> scopes() {
    return Collections.unmodifiableSet(scopes);
  }

  public void addAll(Iterable<? extends Fact> facts) {
    facts.forEach(this::add);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T extends Fact> List<T> all(Class<T> kind) {
    List<Fact> list = byKind.get(kind);
    return list == null ? List.of() : (List<T>) Collections.unmodifiableList(list);
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
