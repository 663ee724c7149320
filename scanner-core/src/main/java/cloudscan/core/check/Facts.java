package cloudscan.core.check;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Scope;
import java.util.List;
import java.util.Set;

/** Read-only view of a snapshot's facts, indexed by kind. */
public interface Facts {

  /** Every fact of exactly this kind, in collection order. Never null. */
  <T extends Fact> List<T> all(Class<T> kind);

  /**
   * Every scope (cloud/account/location) that was collected, whether or not it yielded facts.
   * Account-wide checks ("threat detection must be on in every account") iterate these, so an
   * account with nothing switched on fails instead of being silently skipped.
   */
  Set<Scope> scopes();
}
