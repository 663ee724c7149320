package cloudscan.checks.logging;

import cloudscan.core.check.Facts;
import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.ResourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers shared by the audit-trail checks: trails once each, and the store each writes to. */
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

  /** Log stores by resource ID (the ID a trail's destination names). */
  static Map<String, LogStore> stores(Facts facts) {
    Map<String, LogStore> m = new LinkedHashMap<>();
    facts.all(LogStore.class).forEach(s -> m.putIfAbsent(s.resource().id(), s));
    return m;
  }
}
