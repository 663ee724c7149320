package cloudscan.gcp.collect.resourcemanager;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.PasswordPolicy;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpContext;
import java.util.Set;

/**
 * What a project is by construction: it has no password policy of its own (people sign in with
 * Google accounts governed by Cloud Identity or Workspace, outside the project), so
 * {@link PasswordPolicy#notOffered} says so and the password check does not judge it.
 */
public final class ProjectCollector implements Collector {

  @Override
  public String service() {
    return "cloudresourcemanager";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(PasswordPolicy.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    out.accept(PasswordPolicy.notOffered(GcpContext.ref(target, "global", "cloudresourcemanager.googleapis.com/Project",
        "//cloudresourcemanager.googleapis.com/projects/" + target.account())));
  }
}
