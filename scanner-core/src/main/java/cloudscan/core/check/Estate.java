package cloudscan.core.check;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SkipCause;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a snapshot's runs looked, and for what: the scanned scopes with their level (organization,
 * account, location), the fact keys looked for in each, and the locations never examined. Checks
 * read it instead of inferring the estate from the facts that happen to exist: a fact never makes
 * a scope "scanned", and a tenant is never an account.
 */
public final class Estate {

  /** Everything was looked for (version-1 snapshots recorded no more). */
  public static final String EVERYTHING = "*";

  /** One scanned scope. */
  public record Scanned(Scope scope, Scope.Level level, List<String> parents, Set<String> lookedFor) { }

  /** A location of a scanned account that was not looked into, and why. */
  public record Unexamined(Scope scope, SkipCause cause, String reason, String evidence) { }

  public static final Estate EMPTY = new Builder().build();

  private static final Comparator<Scope> BY_NAME = Comparator.comparing(Scope::toString);

  private final Map<Scope, Scanned> scanned;
  private final List<Unexamined> skipped;
  private final Set<String> gaps;

  private Estate(Map<Scope, Scanned> scanned, List<Unexamined> skipped, Set<String> gaps) {
    this.scanned = scanned;
    this.skipped = skipped;
    this.gaps = gaps;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every scanned scope. */
  public Set<Scope> scopes() {
    return scanned.keySet();
  }

  public Optional<Scanned> scanned(Scope scope) {
    return Optional.ofNullable(scanned.get(scope));
  }

  /** Scanned scopes of one level, sorted by name. */
  public List<Scope> at(Scope.Level level) {
    return scanned.values().stream().filter(s -> s.level() == level).map(Scanned::scope)
        .sorted(BY_NAME).toList();
  }

  /**
   * Scanned accounts (subscriptions, projects) as their {@code global} scopes, sorted: every
   * account-level scope and the account of every scanned region, also where the account's own
   * {@code global} scope was not scanned (nothing account-wide was looked for there: checks about
   * the account are then UNKNOWN, not skipped).
   */
  public List<Scope> accounts() {
    return scanned.values().stream().filter(s -> s.level() != Scope.Level.ORGANIZATION)
        .map(s -> s.scope().accountScope()).distinct().sorted(BY_NAME).toList();
  }

  /** Scanned regions and locations, sorted. */
  public List<Scope> locations() {
    return at(Scope.Level.LOCATION);
  }

  /** True if {@code account} is a scanned account (not a tenant or organization). */
  public boolean isAccount(Scope scope) {
    return accounts().contains(scope.accountScope());
  }

  /**
   * The scopes whose facts apply to {@code scope}: itself, its account's {@code global} scope, and
   * the organization-level scopes above the account.
   */
  public List<Scope> coveringScopes(Scope scope) {
    List<Scope> out = new ArrayList<>();
    out.add(scope);
    if (!scope.isGlobal()) {
      out.add(scope.accountScope());
    }
    Scanned account = scanned.get(scope.accountScope());
    if (account != null) {
      account.parents().forEach(p -> out.add(new Scope(scope.cloud(), p, ResourceRef.GLOBAL)));
    }
    return out;
  }

  /**
   * True if a collector looked for {@code key} in {@code scope}, in its account's {@code global}
   * scope or in an organization above it: an absence of such facts there is an answer.
   */
  public boolean lookedFor(Scope scope, String key) {
    for (Scope s : coveringScopes(scope)) {
      Scanned sc = scanned.get(s);
      if (sc != null && (sc.lookedFor().contains(key) || sc.lookedFor().contains(EVERYTHING))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if facts of {@code kind} were looked for in {@code scope} and collected there without a
   * gap (in the scope or its account's {@code global} scope): their absence is an answer.
   */
  public boolean complete(Scope scope, Class<? extends cloudscan.core.fact.Fact> kind) {
    String name = cloudscan.core.fact.FactKinds.nameOf(kind);
    return lookedFor(scope, name) && !gaps.contains(scope + "|" + name)
        && !gaps.contains(scope.accountScope() + "|" + name);
  }

  /** Every location left out, with its cause. */
  public List<Unexamined> skipped() {
    return skipped;
  }

  /** Locations that belong to the estate and were never examined. */
  public List<Unexamined> unexamined() {
    return skipped.stream().filter(u -> u.cause().inEstate()).toList();
  }

  /** Builds an estate from the runs of a snapshot (several runs add up). */
  public static final class Builder {
    private final Map<Scope, Scanned> scanned = new LinkedHashMap<>();
    private final List<Unexamined> skipped = new ArrayList<>();
    private final Set<String> gaps = new java.util.HashSet<>();

    public Builder scanned(Scope scope, Scope.Level level, List<String> parents, Collection<String> lookedFor) {
      Scanned prior = scanned.get(scope);
      Set<String> keys = new java.util.TreeSet<>(lookedFor);
      if (prior != null) {
        keys.addAll(prior.lookedFor());
      }
      scanned.put(scope, new Scanned(scope, level, List.copyOf(parents), Set.copyOf(keys)));
      return this;
    }

    public Builder skipped(Cloud cloud, String account, String location, SkipCause cause, String reason,
        String evidence) {
      skipped.add(new Unexamined(new Scope(cloud, account, location), cause, reason, evidence));
      return this;
    }

    /** Records that {@code kindName} could not be collected in {@code scope}. */
    public Builder gap(Scope scope, String kindName) {
      gaps.add(scope + "|" + kindName);
      return this;
    }

    public Estate build() {
      return new Estate(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scanned)),
          List.copyOf(skipped), Set.copyOf(gaps));
    }
  }
}
