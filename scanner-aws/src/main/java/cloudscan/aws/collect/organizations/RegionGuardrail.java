package cloudscan.aws.collect.organizations;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Partitions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.Parent;
import software.amazon.awssdk.services.organizations.model.PolicySummary;

/**
 * The region guardrail in effect on one account: the regions every recognised region-deny SCP
 * attached to it, its OUs or the root leaves allowed (the intersection: every Deny applies), and
 * the policies that say so. SCPs never bind the management account: there it is not enforced.
 *
 * @param allowed  regions (or {@code StringNotLike} patterns such as {@code ap-northeast-*})
 * @param policies the restricting SCPs, as {@code p-id (name)}
 */
public record RegionGuardrail(String arn, List<String> allowed, List<String> policies, boolean enforced) {

  private static final String SCP = "SERVICE_CONTROL_POLICY";

  /** True if the guardrail lets requests into {@code region}. */
  public boolean allows(String region) {
    return allowed.stream().anyMatch(p -> glob(p).matcher(region).matches());
  }

  /** Evidence for a region it denies: which policy, and what it allows. */
  public String evidence() {
    return "region deny by SCP " + String.join(", ", policies) + ": requests outside "
        + String.join(", ", allowed) + " are denied";
  }

  /**
   * The guardrail on {@code account}, read once per scan; empty when the account is in no
   * organization, SCPs are off, or no SCP in effect restricts regions. An SDK error (a member
   * account may not read the hierarchy) propagates.
   */
  public static Optional<RegionGuardrail> of(AwsClients clients, String account) {
    return clients.once("guardrail:" + account, () -> read(new OrgReader(clients), clients.partition(), account));
  }

  private static Optional<RegionGuardrail> read(OrgReader org, String partition, String account) {
    Optional<Organization> in = org.organization(account);
    if (in.isEmpty() || !"ALL".equals(in.get().featureSetAsString())) {
      return Optional.empty(); // no organization, or consolidated billing only: no SCPs
    }
    Organization o = in.get();
    String readAs = org.readerFor(account, o);
    Set<String> allowed = null;
    List<String> policies = new ArrayList<>();
    for (PolicySummary p : policiesInEffect(org, readAs, account)) {
      Optional<Set<String>> regions = RegionGuardrails.allowedRegions(org.content(readAs, p.id()));
      if (regions.isPresent()) {
        policies.add(p.id() + " (" + p.name() + ")");
        allowed = allowed == null ? new TreeSet<>(regions.get()) : retain(allowed, regions.get());
      }
    }
    if (allowed == null) {
      return Optional.empty();
    }
    String arn = Partitions.arn(partition, "organizations", "", o.masterAccountId(),
        "account/" + o.id() + "/" + account);
    return Optional.of(new RegionGuardrail(arn, List.copyOf(allowed), policies,
        !account.equals(o.masterAccountId())));
  }

  /** Customer SCPs attached to the account and every parent up to the root, if SCPs are on there. */
  private static Set<PolicySummary> policiesInEffect(OrgReader org, String readAs, String account) {
    List<String> chain = new ArrayList<>(List.of(account));
    String child = account;
    while (true) {
      Parent parent = org.parent(readAs, child);
      chain.add(parent.id());
      if ("ROOT".equals(parent.typeAsString())) {
        if (!scpEnabled(org, readAs, parent.id())) {
          return Set.of();
        }
        break;
      }
      child = parent.id();
    }
    Set<PolicySummary> out = new LinkedHashSet<>();
    for (String targetId : chain) {
      org.scps(readAs, targetId).stream().filter(p -> !Boolean.TRUE.equals(p.awsManaged())).forEach(out::add);
    }
    return out;
  }

  private static boolean scpEnabled(OrgReader org, String readAs, String rootId) {
    return org.roots(readAs).stream().filter(root -> rootId.equals(root.id()))
        .flatMap(root -> root.policyTypes().stream())
        .anyMatch(t -> SCP.equals(t.typeAsString()) && "ENABLED".equals(t.statusAsString()));
  }

  private static Set<String> retain(Set<String> a, Set<String> b) {
    a.retainAll(b);
    return a;
  }

  private static Pattern glob(String pattern) {
    return Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"));
  }
}
