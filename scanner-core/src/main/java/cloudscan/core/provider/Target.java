package cloudscan.core.provider;

import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;

/** One unit of collection: an account in one location, or the account's global services. */
public record Target(Scope scope) {

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
