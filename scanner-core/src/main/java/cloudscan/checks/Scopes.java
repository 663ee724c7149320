package cloudscan.checks;

import cloudscan.core.check.Estate;
import cloudscan.core.check.Facts;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which facts apply where, for checks that judge an account or a region as a whole. The places
 * come from the estate (what the runs scanned), never from the facts that happen to exist: a
 * tenant-level fact never makes a phantom account.
 */
public final class Scopes {

  private Scopes() { }

  /**
   * Facts that apply to a scanned account: recorded anywhere in it (any region or global), or at
   * an organization (tenant, GCP organization) above it.
   */
  public static <T extends Fact> List<T> inAccount(Facts facts, List<T> all, Scope account) {
    Set<Scope> above = new HashSet<>(facts.estate().coveringScopes(account.accountScope()));
    return all.stream().filter(f -> {
      Scope s = f.resource().scope();
      return (s.cloud() == account.cloud() && s.account().equals(account.account())) || above.contains(s);
    }).toList();
  }

  /**
   * Facts that apply to one scope: recorded in it, in its account's {@code global} scope, or at an
   * organization above the account.
   */
  public static <T extends Fact> List<T> covering(Estate estate, List<T> all, Scope scope) {
    Set<Scope> covering = new HashSet<>(estate.coveringScopes(scope));
    return all.stream().filter(f -> covering.contains(f.resource().scope())).toList();
  }
}
