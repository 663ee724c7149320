package cloudscan.gcp.collect.compute;

import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.compute.v1.FirewallPolicyRule;
import com.google.cloud.compute.v1.NetworksGetEffectiveFirewallsResponseEffectiveFirewallPolicy;
import java.util.List;
import java.util.Optional;

/**
 * Firewall policies above or beside a network's VPC firewall rules (hierarchical policies of the
 * organization and folders, global network firewall policies), from the network's effective
 * firewalls. Their rules are evaluated before (or with) the VPC rules and may allow what the VPC
 * rules deny; cloudscan does not evaluate them yet, so a policy with any enabled rule that
 * decides (allow, deny) makes the network's rule set unknown. Rules that only hand traffic on
 * ({@code goto_next}) change nothing.
 */
final class FirewallPolicies {

  /** The policies in force on a network could not all be evaluated. */
  static final class NotEvaluated extends UnsupportedOperationException {
    private static final long serialVersionUID = 1L;

    NotEvaluated(String message) {
      super(message);
    }
  }

  private FirewallPolicies() { }

  /** The first policy with a deciding rule on {@code network}, if any. */
  static Optional<String> deciding(GcpContext ctx, String project, String network) {
    List<NetworksGetEffectiveFirewallsResponseEffectiveFirewallPolicy> policies = GcpCall.get(
        "compute.networks.getEffectiveFirewalls",
        () -> ctx.compute().networks().getEffectiveFirewalls(project, network)).getFirewallPolicysList();
    return policies.stream().filter(p -> p.getRulesList().stream().anyMatch(FirewallPolicies::decides))
        .map(p -> p.getType().toLowerCase(java.util.Locale.ROOT) + " firewall policy "
            + (p.getDisplayName().isEmpty() ? p.getName() : p.getDisplayName()))
        .findFirst();
  }

  private static boolean decides(FirewallPolicyRule r) {
    return !r.getDisabled() && !"goto_next".equalsIgnoreCase(r.getAction());
  }
}
