package cloudscan.core.snapshot;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Scope;
import java.util.List;
import java.util.Objects;

/**
 * One scope a run looked into, what kind of scope it is, and what it was looked at for.
 *
 * @param parents   organization-level scopes (accounts) this scope belongs to, nearest first: a
 *                  GCP project's folder and organization, a subscription's tenant
 * @param lookedFor fact keys ({@link FactKinds#key}) the run's collectors looked for here;
 *                  {@code *} for everything (version-1 snapshots recorded no more)
 */
public record ScannedScope(Cloud cloud, String account, String location, Scope.Level level,
    List<String> parents, List<String> lookedFor) {

  public static final String EVERYTHING = "*";

  public ScannedScope {
    Objects.requireNonNull(cloud, "cloud");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(level, "level");
    parents = parents == null ? List.of() : List.copyOf(parents);
    lookedFor = List.copyOf(lookedFor);
  }

  public static ScannedScope of(Scope scope, Scope.Level level, List<String> parents, List<String> lookedFor) {
    return new ScannedScope(scope.cloud(), scope.account(), scope.location(), level, parents, lookedFor);
  }

  public Scope scope() {
    return new Scope(cloud, account, location);
  }
}
