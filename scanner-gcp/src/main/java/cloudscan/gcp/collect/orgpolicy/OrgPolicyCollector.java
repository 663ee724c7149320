package cloudscan.gcp.collect.orgpolicy;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.LocationGuardrail;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
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
 * only denies some locations allows every other ({@code *}).
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
    String name = "projects/" + target.account() + "/policies/" + CONSTRAINT;
    Policy p = GcpCall.get("orgpolicy.policy.get", () -> ctx.gapic().orgPolicy().getEffectivePolicy(name));
    List<PolicyRule> rules = p.getSpec().getRulesList();
    if (rules.isEmpty() || rules.stream().anyMatch(r -> r.hasAllowAll() && r.getAllowAll())) {
      return;
    }
    List<String> allowed = new ArrayList<>();
    boolean onlyDenies = true;
    for (PolicyRule r : rules) {
      if (r.hasValues()) {
        r.getValues().getAllowedValuesList().forEach(v -> allowed.add(v.startsWith("is:") ? v.substring(3) : v));
        onlyDenies &= r.getValues().getAllowedValuesCount() == 0;
      }
    }
    if (onlyDenies && rules.stream().anyMatch(r -> r.hasDenyAll() && r.getDenyAll())) {
      return; // denies every location: nothing can be created; no allowed list to judge
    }
    if (onlyDenies) {
      allowed.add("*");
    }
    out.accept(new LocationGuardrail(GcpContext.ref(target, "global", "orgpolicy.googleapis.com/Policy", p.getName().isEmpty()
        ? name : p.getName()), allowed, true));
  }
}
