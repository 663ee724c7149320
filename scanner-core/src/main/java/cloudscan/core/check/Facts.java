package cloudscan.core.check;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Scope;
import java.util.List;
import java.util.Set;

/** Read-only view of a snapshot: its facts indexed by kind, and the estate its runs looked at. */
public interface Facts {

  /** Every fact of exactly this kind, in collection order. Never null. */
  <T extends Fact> List<T> all(Class<T> kind);

  /** Where the runs looked and for what; never inferred from the facts. */
  Estate estate();

  /** Every scanned scope (shorthand for {@code estate().scopes()}). */
  default Set<Scope> scopes() {
    return estate().scopes();
  }
}
