package cloudscan.aws.collect.organizations;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Partitions;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.LocationGuardrail;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.Parent;
import software.amazon.awssdk.services.organizations.model.PolicySummary;

/**
 * AWS Organizations (global) → one {@link LocationGuardrail} for the scanned account: the regions
 * left allowed by the SCPs in effect on it (attached to the account, its OUs or the root), when
 * any restricts regions. SCPs do not bind the management account, so there it is not enforced.
 * The hierarchy is read as the management account when the scan can sign in as it, else as the
 * scanned account (a delegated administrator can; a plain member gets a gap).
 */
public final class OrganizationsCollector implements Collector {

  private static final String SCP = "SERVICE_CONTROL_POLICY";

  private final AwsClients clients;

  public OrganizationsCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "organizations";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(LocationGuardrail.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    Organization org;
    try {
      org = client(target.account()).describeOrganization().organization();
    } catch (AwsOrganizationsNotInUseException notInUse) {
      return; // not in an organization: no SCPs, so no guardrail
    }
    if (!"ALL".equals(org.featureSetAsString())) {
      return; // consolidated billing only: SCPs do not exist
    }
    String readAs = clients.knows(org.masterAccountId()) ? org.masterAccountId() : target.account();
    OrganizationsClient reader = client(readAs);
    Set<String> allowed = null;
    for (String policyId : policiesInEffect(reader, target.account())) {
      String content = reader.describePolicy(r -> r.policyId(policyId)).policy().content();
      Optional<Set<String>> regions = RegionGuardrails.allowedRegions(content);
      if (regions.isPresent()) {
        allowed = allowed == null ? new TreeSet<>(regions.get()) : retain(allowed, regions.get());
      }
    }
    if (allowed != null) {
      String arn = Partitions.arn(clients.partition(), "organizations", "", org.masterAccountId(),
          "account/" + org.id() + "/" + target.account());
      out.accept(new LocationGuardrail(AwsRefs.withId(target, target.location(), "organizations",
          "scp-region-guardrail", arn), List.copyOf(allowed), !target.account().equals(org.masterAccountId())));
    }
  }

  /**
   * Customer SCPs attached to the account and every parent up to the root, if SCPs are on there.
   * (The SDK's Organizations paginators have no per-item views, hence the page streams.)
   */
  private static Set<String> policiesInEffect(OrganizationsClient org, String account) {
    List<String> chain = new ArrayList<>(List.of(account));
    String child = account;
    while (true) {
      String current = child;
      Parent parent = org.listParentsPaginator(r -> r.childId(current)).stream()
          .flatMap(page -> page.parents().stream()).findFirst().orElseThrow();
      chain.add(parent.id());
      if ("ROOT".equals(parent.typeAsString())) {
        if (!scpEnabled(org, parent.id())) {
          return Set.of();
        }
        break;
      }
      child = parent.id();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String targetId : chain) {
      org.listPoliciesForTargetPaginator(r -> r.targetId(targetId).filter(SCP)).stream()
          .flatMap(page -> page.policies().stream())
          .filter(p -> !Boolean.TRUE.equals(p.awsManaged()))
          .map(PolicySummary::id)
          .forEach(ids::add);
    }
    return ids;
  }

  private static boolean scpEnabled(OrganizationsClient org, String rootId) {
    return org.listRootsPaginator(r -> { }).stream().flatMap(page -> page.roots().stream())
        .filter(root -> rootId.equals(root.id()))
        .flatMap(root -> root.policyTypes().stream())
        .anyMatch(t -> SCP.equals(t.typeAsString()) && "ENABLED".equals(t.statusAsString()));
  }

  private static Set<String> retain(Set<String> a, Set<String> b) {
    a.retainAll(b);
    return a;
  }

  private OrganizationsClient client(String account) {
    return clients.client(account, clients.globalRegion(), OrganizationsClient.class, OrganizationsClient::builder);
  }
}
