package cloudscan.gcp.collect.orgpolicy;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.LocationGuardrail;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.orgpolicy.v2.Policy;
import com.google.cloud.orgpolicy.v2.PolicySpec.PolicyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The effective organization policy {@code gcp.resourceLocations} of a project (inheritance from
 * folders and organization already applied by the API) → {@link LocationGuardrail}: its allowed
 * values as written ({@code in:japan-locations}, {@code in:asia-northeast1-locations},
 * {@code asia-northeast1}). A policy that allows all, or is not set, is no guardrail; one that
 * only denies some locations allows every other ({@code *}); rules under a condition (tags) bind
 * only some resources, so a policy made of them alone is no guardrail either.
 */
public final class OrgPolicyCollector implements Collector {

  static final String CONSTRAINT = "gcp.resourceLocations";

  private final GcpContext ctx;

  public OrgPolicyCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "orgpolicy";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(LocationGuardrail.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    Policy p = EffectivePolicy.read(ctx, target, CONSTRAINT);
    if (EffectivePolicy.allowsAll(p) || !EffectivePolicy.hasUnconditionalRule(p)) {
      return; // nothing restricts every resource: no guardrail
    }
    List<String> allowed = new ArrayList<>(EffectivePolicy.allowedValues(p));
    List<PolicyRule> rules = p.getSpec().getRulesList();
    if (allowed.isEmpty() && rules.stream().anyMatch(r -> r.hasDenyAll() && r.getDenyAll())) {
      return; // denies every location: nothing can be created; no allowed list to judge
    }
    if (allowed.isEmpty()) {
      allowed.add("*"); // only denies some locations: every other one is allowed
    }
    out.accept(new LocationGuardrail(GcpContext.ref(target, "global", "orgpolicy.googleapis.com/Policy",
        EffectivePolicy.nameOf(p, target, CONSTRAINT)), allowed, true));
  }
}
