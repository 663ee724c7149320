package cloudscan.gcp.collect.iam;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import com.google.iam.v1.Binding;
import com.google.iam.v1.GetIamPolicyRequest;
import com.google.iam.v1.Policy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The IAM policy of a project, folder or organization → one {@link Principal} per member
 * (allUsers and allAuthenticatedUsers are outsiders; users, groups and domains outside the allowed
 * domains, the organization's own domain and {@code --option allowed-domains}, are outsiders).
 * Where no allowed domain is known, members by domain cannot be judged and become a gap.
 * Organization-level policies are facts of the organization target, never of a project.
 */
public final class IamPolicyCollector implements Collector {

  private final GcpContext ctx;
  private final Scope.Level level;

  public IamPolicyCollector(GcpContext ctx, Scope.Level level) {
    this.ctx = ctx;
    this.level = level;
  }

  @Override
  public String service() {
    return "cloudresourcemanager";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Principal.class);
  }

  @Override
  public Scope.Level level() {
    return level;
  }

  @Override
  public void collect(Target target, FactSink out) {
    String parent = GcpContext.parent(target);
    Policy policy = read(parent);
    List<String> allowed = allowedDomains(target);
    List<String> hierarchy = new ArrayList<>(target.parents());
    hierarchy.add(target.account());
    ServiceAccounts.Scope scope = new ServiceAccounts.Scope(ctx.scannedProjects(), ctx::projectId, hierarchy);
    Set<String> unjudged = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Binding b : policy.getBindingsList()) {
      for (String m : b.getMembersList()) {
        Members.Member member = Members.parse(m, allowed, scope);
        if (member == null || !seen.add(m)) {
          continue;
        }
        if (allowed.isEmpty() && member.externalParty() != null && byDomain(member)) {
          unjudged.add(m);
          continue;
        }
        ResourceRef ref = GcpContext.ref(target, "global", "iam.googleapis.com/Member", parent + "/iamPolicy/" + m);
        // Users, and groups or domains (whose members are people), sign in with Google passwords;
        // their 2-step verification lives in Cloud Identity / Workspace and is not read here.
        boolean human = member.kind() == Principal.Kind.USER || member.kind() == Principal.Kind.GROUP;
        out.accept(new Principal(ref, member.kind(), m, human ? Known.of(true) : Known.of(false),
            human ? Known.unread() : Known.notOffered(), Known.notOffered(), member.externalParty(), null));
      }
    }
    if (!unjudged.isEmpty()) {
      out.gap(new IllegalStateException("cannot tell whether " + String.join(", ", unjudged)
          + " are outside the organization: no allowed domain is known (scan with --organization, or set"
          + " --option allowed-domains=example.jp)"), Set.of(Principal.class));
    }
  }

  private Policy read(String parent) {
    return policy(ctx, parent);
  }

  /**
   * The IAM policy of an organization, folder ({@code organizations/1}, {@code folders/2}) or
   * project ({@code projects/p}), read once per scan (members and audit configuration both need it).
   */
  public static Policy policy(GcpContext ctx, String parent) {
    return ctx.clients().shared("getIamPolicy:" + parent, () -> {
      GetIamPolicyRequest req = GetIamPolicyRequest.newBuilder().setResource(parent).build();
      if (parent.startsWith("organizations/")) {
        return GcpCall.get("resourcemanager.organizations.getIamPolicy", () -> ctx.gapic().organizations().getIamPolicy(req));
      }
      if (parent.startsWith("folders/")) {
        return GcpCall.get("resourcemanager.folders.getIamPolicy", () -> ctx.gapic().folders().getIamPolicy(req));
      }
      return GcpCall.get("resourcemanager.projects.getIamPolicy", () -> ctx.gapic().projects().getIamPolicy(req));
    });
  }

  private static boolean byDomain(Members.Member m) {
    return m.kind() == Principal.Kind.USER || m.kind() == Principal.Kind.GROUP;
  }

  /** The allowed domains: the option, plus the primary domain of the organization above the target. */
  private List<String> allowedDomains(Target target) {
    List<String> out = new ArrayList<>(ctx.settings().allowedDomains());
    GcpContext.organizationOf(target).flatMap(ctx::organizationDomain).ifPresent(out::add);
    return out;
  }
}
