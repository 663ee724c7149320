package cloudscan.checks.detection;

import cloudscan.core.check.Facts;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SecurityService;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which collected scopes a security service covers. A service fact covers its own scope; one
 * collected in an account's {@code global} scope (Defender plans, SCC) covers every region of it.
 */
final class Coverage {

  static final Comparator<Scope> BY_NAME = Comparator.comparing(Scope::toString);

  private Coverage() { }

  static List<SecurityService> ofKind(Facts facts, SecurityService.Kind kind) {
    return facts.all(SecurityService.class).stream().filter(s -> s.kind() == kind).toList();
  }

  /** Every collected scope except the account-wide {@code global} ones, sorted. */
  static List<Scope> regions(Facts facts) {
    return facts.scopes().stream()
        .filter(s -> !s.location().equals(ResourceRef.GLOBAL))
        .sorted(BY_NAME)
        .toList();
  }

  /** The {@code cloud/account/global} scope of the account {@code scope} belongs to. */
  static Scope accountOf(Scope scope) {
    return scope.accountScope();
  }

  /** Account scopes of every collected scope and of {@code seen}, sorted. */
  static Set<Scope> accounts(Facts facts, Collection<? extends Fact> seen) {
    return Stream.concat(facts.scopes().stream(), seen.stream().map(f -> f.resource().scope()))
        .map(Coverage::accountOf)
        .collect(Collectors.toCollection(() -> new TreeSet<>(BY_NAME)));
  }

  /** True if one of {@code services} was collected in {@code scope} or in its account's global scope. */
  static boolean covers(Collection<? extends Fact> services, Scope scope) {
    return services.stream().anyMatch(s -> s.resource().scope().covers(scope));
  }

  /** What the report calls the service: its detail, or the resource ID when there is none. */
  static String label(SecurityService s) {
    return s.detail() == null || s.detail().isBlank() ? s.resource().id() : s.detail();
  }
}
