package cloudscan.core.check;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Scope;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A fact a check expects in every scanned scope of one level: a password policy per account, a
 * threat detector per region, a vulnerability scanner per region that runs servers. The engine
 * (not the check) walks the estate: where no such fact covers a scope, the result is
 * {@link #whenMissing()} if a collector looked for it there, UNKNOWN if nobody did; a gap makes it
 * UNKNOWN as always. Facts recorded in an account's {@code global} scope cover its regions; facts
 * recorded at an organization cover the accounts below it.
 *
 * @param kind        the expected kind
 * @param key         the expected key ({@link FactKinds#key}), e.g. {@code SecurityService.THREAT_DETECTION}
 * @param per         ACCOUNT (every scanned account) or LOCATION (every scanned region)
 * @param onlyWhere   a kind whose presence makes the expectation apply (servers, data stores), or null
 * @param onlyWhereTest which facts of {@code onlyWhere} count
 * @param onlyWhereLabel what those facts are, for docs ("servers")
 * @param whenMissing FAIL or WARN
 * @param missing     the message for a scope without the fact
 */
public record Expectation(Class<? extends Fact> kind, String key, Scope.Level per,
    Class<? extends Fact> onlyWhere, Predicate<Fact> onlyWhereTest, String onlyWhereLabel,
    Status whenMissing, Text missing) {

  public Expectation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(per, "per");
    Objects.requireNonNull(whenMissing, "whenMissing");
    Objects.requireNonNull(missing, "missing");
    if (per == Scope.Level.ORGANIZATION) {
      throw new IllegalArgumentException("expectations are per account or per location");
    }
    if (whenMissing != Status.FAIL && whenMissing != Status.WARN) {
      throw new IllegalArgumentException("a missing fact is a FAIL or a WARN");
    }
  }

  /** Expects a fact of {@code kind} (with {@code variant}, or null) in every scanned account. */
  public static Builder perAccount(Class<? extends Fact> kind, Enum<?> variant) {
    return new Builder(kind, FactKinds.key(kind, variant), Scope.Level.ACCOUNT);
  }

  public static Builder perAccount(Class<? extends Fact> kind) {
    return perAccount(kind, null);
  }

  /** Expects a fact of {@code kind} (with {@code variant}, or null) in every scanned region. */
  public static Builder perLocation(Class<? extends Fact> kind, Enum<?> variant) {
    return new Builder(kind, FactKinds.key(kind, variant), Scope.Level.LOCATION);
  }

  /** True if {@code f} is one of the facts this expectation looks for. */
  public boolean satisfiedBy(Fact f) {
    return kind.isInstance(f) && FactKinds.key(f).equals(key);
  }

  /** One line for docs: what is expected where. */
  public String describe() {
    String where = per == Scope.Level.ACCOUNT ? "every scanned account" : "every scanned region";
    return key + " in " + where + (onlyWhere == null ? "" : " that has " + onlyWhereLabel)
        + "; none found: " + whenMissing + " where looked for, UNKNOWN where not";
  }

  public static final class Builder {
    private final Class<? extends Fact> kind;
    private final String key;
    private final Scope.Level per;
    private Class<? extends Fact> onlyWhere;
    private Predicate<Fact> onlyWhereTest = f -> true;
    private String onlyWhereLabel;

    private Builder(Class<? extends Fact> kind, String key, Scope.Level per) {
      this.kind = kind;
      this.key = key;
      this.per = per;
    }

    /** Applies only where a fact of {@code what} exists ("regions with servers"). */
    public Builder onlyWhere(Class<? extends Fact> what, String label) {
      return onlyWhere(what, f -> true, label);
    }

    @SuppressWarnings("unchecked")
    public <F extends Fact> Builder onlyWhere(Class<F> what, Predicate<F> test, String label) {
      this.onlyWhere = what;
      this.onlyWhereTest = f -> what.isInstance(f) && test.test((F) f);
      this.onlyWhereLabel = label;
      return this;
    }

    public Expectation fail(Text missing) {
      return new Expectation(kind, key, per, onlyWhere, onlyWhereTest, onlyWhereLabel, Status.FAIL, missing);
    }

    public Expectation warn(Text missing) {
      return new Expectation(kind, key, per, onlyWhere, onlyWhereTest, onlyWhereLabel, Status.WARN, missing);
    }
  }
}
