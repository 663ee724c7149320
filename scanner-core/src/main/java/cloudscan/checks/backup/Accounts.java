package cloudscan.checks.backup;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Groups facts per cloud account, for the account-wide backup checks. Not a check. */
final class Accounts {

  private Accounts() { }

  /** The account of {@code ref} as a scope in {@code global}: findings about the whole account. */
  static Scope of(ResourceRef ref) {
    return ref.accountScope();
  }

  /** Facts by account, in first-seen order. */
  static <T extends Fact> Map<Scope, List<T>> group(List<T> facts) {
    return facts.stream().collect(Collectors.groupingBy(
        f -> of(f.resource()), LinkedHashMap::new, Collectors.toList()));
  }
}
