package cloudscan.gcp.collect.orgpolicy;

import cloudscan.core.fact.Known;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.orgpolicy.v2.Policy;
import com.google.cloud.orgpolicy.v2.PolicySpec.PolicyRule;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's effective organization policy for one constraint (inheritance from folders and the
 * organization already applied by {@code getEffectivePolicy}) and what its rules say. A rule with
 * a {@code condition} applies only to some resources, so it never makes a constraint enforced,
 * while anything it allows counts as allowed.
 */
public final class EffectivePolicy {

  private EffectivePolicy() { }

  /** {@code projects/ID/policies/CONSTRAINT}: the effective policy (empty spec when not set). */
  static Policy read(GcpContext ctx, Target target, String constraint) {
    String name = name(target, constraint);
    return GcpCall.get("orgpolicy.policy.get", () -> ctx.gapic().orgPolicy().getEffectivePolicy(name));
  }

  static String name(Target target, String constraint) {
    return "projects/" + target.account() + "/policies/" + constraint;
  }

  /** The policy's own name, or the name asked for when the answer has none. */
  static String nameOf(Policy p, Target target, String constraint) {
    return p.getName().isEmpty() ? name(target, constraint) : p.getName();
  }

  /**
   * A boolean constraint in effect on a project ({@code storage.publicAccessPrevention}), read once
   * per project and constraint; unread when the policy cannot be read.
   */
  public static Known<Boolean> enforcedOn(GcpContext ctx, Target target, String constraint) {
    return ctx.clients().shared("orgpolicy:" + target.account() + ":" + constraint, () -> {
      try {
        return Known.of(enforced(read(ctx, target, constraint)));
      } catch (GcpCall.GcpCallException e) {
        return Known.<Boolean>unread();
      }
    });
  }

  /** A boolean constraint: enforced by an unconditional rule, and relaxed by no rule. */
  static boolean enforced(Policy p) {
    List<PolicyRule> rules = p.getSpec().getRulesList();
    return rules.stream().anyMatch(r -> !r.hasCondition() && r.hasEnforce() && r.getEnforce())
        && rules.stream().noneMatch(r -> r.hasEnforce() && !r.getEnforce());
  }

  /** A list constraint: true when some rule allows every value (then nothing is restricted). */
  static boolean allowsAll(Policy p) {
    List<PolicyRule> rules = p.getSpec().getRulesList();
    return rules.isEmpty() || rules.stream().anyMatch(r -> r.hasAllowAll() && r.getAllowAll());
  }

  /** True when some rule binds every resource (has no condition). */
  static boolean hasUnconditionalRule(Policy p) {
    return p.getSpec().getRulesList().stream().anyMatch(r -> !r.hasCondition());
  }

  /** A list constraint: true when an unconditional rule lists the allowed values or denies all. */
  static boolean restricts(Policy p) {
    return !allowsAll(p) && p.getSpec().getRulesList().stream().anyMatch(r -> !r.hasCondition()
        && (r.hasValues() && r.getValues().getAllowedValuesCount() > 0 || r.hasDenyAll() && r.getDenyAll()));
  }

  /** A list constraint: every value any rule allows, {@code is:} dropped. */
  static List<String> allowedValues(Policy p) {
    List<String> out = new ArrayList<>();
    for (PolicyRule r : p.getSpec().getRulesList()) {
      if (r.hasValues()) {
        r.getValues().getAllowedValuesList().forEach(v -> out.add(v.startsWith("is:") ? v.substring(3) : v));
      }
    }
    return out;
  }
}
