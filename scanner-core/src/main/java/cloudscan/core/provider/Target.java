package cloudscan.core.provider;

import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import java.util.List;
import java.util.Objects;

/**
 * One unit of collection: an account in one location, an account's account-wide services
 * ({@code global}), or an organization-level scope above accounts (a tenant, an organization).
 *
 * @param parents organization-level scopes (their account IDs) this target's account belongs to
 */
public record Target(Scope scope, Scope.Level level, List<String> parents) {

  public Target {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(level, "level");
    parents = parents == null ? List.of() : List.copyOf(parents);
    if (level != Scope.Level.LOCATION && !scope.isGlobal()) {
      throw new IllegalArgumentException(level + " targets use location global: " + scope);
    }
    if (level == Scope.Level.LOCATION && scope.isGlobal()) {
      throw new IllegalArgumentException("a location target names a location: " + scope);
    }
  }

  /** A region target, or the account's {@code global} target, by the scope's location. */
  public Target(Scope scope) {
    this(scope, scope.isGlobal() ? Scope.Level.ACCOUNT : Scope.Level.LOCATION, List.of());
  }

  public boolean isGlobal() {
    return ResourceRef.GLOBAL.equals(scope.location());
  }

  public String account() {
    return scope.account();
  }

  public String location() {
    return scope.location();
  }

  @Override
  public String toString() {
    return scope.toString();
  }
}
