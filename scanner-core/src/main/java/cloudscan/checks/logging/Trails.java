package cloudscan.checks.logging;

import cloudscan.core.check.Facts;
import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Helpers shared by the audit-trail checks: trails once each, and the collected accounts. */
final class Trails {

  private Trails() { }

  /**
   * Every trail once. A trail is collected once per account but may be seen from several regions
   * (CloudTrail lists multi-region trails in each region), so the first sighting of an ID wins.
   */
  static List<AuditTrail> distinct(Facts facts) {
    Map<String, AuditTrail> byId = new LinkedHashMap<>();
    for (AuditTrail t : facts.all(AuditTrail.class)) {
      ResourceRef r = t.resource();
      byId.putIfAbsent(r.cloud().id() + "/" + r.account() + "/" + r.id(), t);
    }
    return List.copyOf(byId.values());
  }

  /** The account-wide scope ({@code cloud/account/global}) of every account collected, sorted. */
  static Set<Scope> accounts(Facts facts, List<? extends Fact> seen) {
    return Stream.concat(facts.scopes().stream(), seen.stream().map(f -> f.resource().scope()))
        .map(Scope::accountScope)
        .collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(Scope::toString))));
  }

  static boolean inAccount(AuditTrail trail, Scope account) {
    return account.covers(trail.resource().scope());
  }
}
