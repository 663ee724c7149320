package cloudscan.aws.collect.organizations;

import cloudscan.aws.collect.AwsClients;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.Parent;
import software.amazon.awssdk.services.organizations.model.PolicySummary;
import software.amazon.awssdk.services.organizations.model.Root;

/**
 * Organizations reads, each made once per scan and cached by ID: in an {@code org-role} scan the
 * accounts share their OUs, root and policies, so a hundred accounts do not read the same SCP a
 * hundred times. The hierarchy is read as the management account when the scan can sign in as
 * it, else as the asking account (a delegated administrator can; a plain member cannot).
 */
final class OrgReader {

  private final AwsClients clients;

  OrgReader(AwsClients clients) {
    this.clients = clients;
  }

  /** The organization {@code account} belongs to; empty when it belongs to none. */
  Optional<Organization> organization(String account) {
    return clients.once("organizations:DescribeOrganization:" + account, () -> {
      try {
        return Optional.of(client(account).describeOrganization().organization());
      } catch (AwsOrganizationsNotInUseException notInUse) {
        return Optional.empty();
      }
    });
  }

  Parent parent(String readAs, String childId) {
    return clients.once("organizations:ListParents:" + childId, () -> client(readAs)
        .listParentsPaginator(r -> r.childId(childId)).stream()
        .flatMap(page -> page.parents().stream()).findFirst().orElseThrow(
            () -> new IllegalStateException("Organizations lists no parent of " + childId)));
  }

  List<Root> roots(String readAs) {
    return clients.once("organizations:ListRoots", () -> client(readAs).listRootsPaginator(r -> { }).stream()
        .flatMap(page -> page.roots().stream()).toList());
  }

  List<PolicySummary> scps(String readAs, String targetId) {
    return clients.once("organizations:ListPoliciesForTarget:" + targetId, () -> client(readAs)
        .listPoliciesForTargetPaginator(r -> r.targetId(targetId).filter("SERVICE_CONTROL_POLICY")).stream()
        .flatMap(page -> page.policies().stream()).toList());
  }

  String content(String readAs, String policyId) {
    return clients.once("organizations:DescribePolicy:" + policyId, () -> client(readAs)
        .describePolicy(r -> r.policyId(policyId)).policy().content());
  }

  /** The account to read the hierarchy as. */
  String readerFor(String account, Organization org) {
    return clients.knows(org.masterAccountId()) ? org.masterAccountId() : account;
  }

  private OrganizationsClient client(String account) {
    return clients.client(account, clients.globalRegion(), OrganizationsClient.class, OrganizationsClient::builder);
  }
}
