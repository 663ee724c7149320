package cloudscan.gcp.collect.orgpolicy;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.IdentityGuardrail;
import cloudscan.core.fact.IdentityGuardrail.Control;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.orgpolicy.v2.Policy;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The effective organization policies of a project that guard identities →
 * {@link IdentityGuardrail}: {@code iam.allowedPolicyMemberDomains} (the Cloud Identity customer
 * IDs members may come from, compared with the {@code directoryCustomerId} of the organization
 * above the project) and {@code iam.disableServiceAccountKeyCreation} (or its managed successor
 * {@code iam.managed.disableServiceAccountKeyCreation}). A policy that is not set is read as "not
 * enforced", which it is.
 */
public final class IdentityPolicyCollector implements Collector {

  static final String MEMBER_DOMAINS = "iam.allowedPolicyMemberDomains";
  static final String KEY_CREATION = "iam.disableServiceAccountKeyCreation";
  static final String MANAGED_KEY_CREATION = "iam.managed.disableServiceAccountKeyCreation";
  private static final String TYPE = "orgpolicy.googleapis.com/Policy";

  private final GcpContext ctx;

  public IdentityPolicyCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "orgpolicy";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(IdentityGuardrail.class);
  }

  @Override
  public Set<String> looksFor() {
    return Set.copyOf(FactKinds.keys(IdentityGuardrail.class));
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    keyCreation(target, out);
    Policy members = EffectivePolicy.read(ctx, target, MEMBER_DOMAINS);
    boolean restricts = EffectivePolicy.restricts(members);
    List<String> allowed = restricts ? EffectivePolicy.allowedValues(members) : List.of();
    out.accept(new IdentityGuardrail(GcpContext.ref(target, "global", TYPE, EffectivePolicy.nameOf(members, target, MEMBER_DOMAINS)),
        Control.OUTSIDE_MEMBERS, restricts, allowed, outside(target, allowed)));
  }

  /**
   * Key creation is blocked by the legacy constraint or by its managed successor
   * {@code iam.managed.disableServiceAccountKeyCreation}; when the legacy one does not block it
   * and the managed one cannot be read, whether keys can be created is unknown (a gap).
   */
  private void keyCreation(Target target, FactSink out) {
    Policy legacy = EffectivePolicy.read(ctx, target, KEY_CREATION);
    Policy decisive = legacy;
    if (!EffectivePolicy.enforced(legacy)) {
      try {
        Policy managed = EffectivePolicy.read(ctx, target, MANAGED_KEY_CREATION);
        decisive = EffectivePolicy.enforced(managed) ? managed : legacy;
      } catch (GcpCall.GcpCallException e) {
        out.gap(e, produces());
        return;
      }
    }
    String constraint = decisive == legacy ? KEY_CREATION : MANAGED_KEY_CREATION;
    out.accept(new IdentityGuardrail(GcpContext.ref(target, "global", TYPE, EffectivePolicy.nameOf(decisive, target, constraint)),
        Control.LONG_LIVED_KEYS, EffectivePolicy.enforced(decisive), List.of(), Known.notOffered()));
  }

  /** Allowed customers other than the organization's own; unread when that cannot be read. */
  private Known<List<String>> outside(Target target, List<String> allowed) {
    Optional<String> own = GcpContext.organizationOf(target).flatMap(ctx::organizationCustomer);
    return own.map(o -> Known.of(allowed.stream().filter(a -> !a.equalsIgnoreCase(o)).toList()))
        .orElseGet(Known::unread);
  }
}
