package cloudscan.aws.collect;

import cloudscan.aws.collect.RegionPlan.RegionInfo;
import cloudscan.core.provider.ProviderException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;

/**
 * {@code org-role}: every ACTIVE account of the organization, scanned through
 * {@code arn:<partition>:iam::<account>:role/<org-role>} assumed from the signed-in identity.
 */
final class OrgAccounts {

  private static final Logger LOG = LoggerFactory.getLogger(OrgAccounts.class);

  private OrgAccounts() { }

  /** Registers credentials for each other active member account and returns their IDs. */
  static List<String> assumeInto(AwsClients clients, Region home, String self, String role)
      throws ProviderException {
    List<String> members = list(clients, self);
    for (String account : members) {
      String arn = "arn:" + clients.partition() + ":iam::" + account + ":role/" + role;
      clients.register(account, AwsSessionFactory.assumeRole(clients, self, home, arn, null));
    }
    return members;
  }

  /**
   * The member's own region list; if the role cannot be assumed, the caller's list, so that every
   * collector for that account fails visibly as a gap instead of the account silently vanishing.
   */
  static List<RegionInfo> regionsOr(AwsClients clients, String account, Region home, List<RegionInfo> fallback) {
    try {
      return AwsSessionFactory.describeRegions(clients, account, home);
    } catch (SdkException e) {
      LOG.warn("account {}: cannot list regions ({}); its targets will show as gaps", account,
          AwsErrors.describe(e).message());
      return fallback;
    }
  }

  private static List<String> list(AwsClients clients, String self) throws ProviderException {
    try {
      return clients.client(self, clients.globalRegion(), OrganizationsClient.class, OrganizationsClient::builder)
          .listAccountsPaginator(r -> { }).stream().flatMap(p -> p.accounts().stream())
          .filter(OrgAccounts::active)
          .map(Account::id)
          .filter(id -> !id.equals(self))
          .toList();
    } catch (SdkException e) {
      throw new ProviderException("org-role needs organizations:ListAccounts from the management or"
          + " delegated-admin account: " + AwsErrors.describe(e).message(), e);
    }
  }

  private static boolean active(Account a) {
    String status = a.statusAsString() != null ? a.statusAsString() : a.stateAsString();
    return "ACTIVE".equals(status);
  }
}
