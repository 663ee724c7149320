package cloudscan.aws.collect.organizations;

import cloudscan.aws.collect.AwsClients;
import software.amazon.awssdk.services.organizations.model.Organization;

/** Who manages (and pays for) an account's organization, read once per scan. */
public final class Management {

  private Management() { }

  /**
   * True if {@code account} is the management account of its organization (the payer, whose
   * Cost Explorer sees every member account); false when it is a member or in no organization.
   * An SDK error propagates.
   */
  public static boolean isManagementAccount(AwsClients clients, String account) {
    return new OrgReader(clients).organization(account).map(Organization::masterAccountId)
        .filter(account::equals).isPresent();
  }
}
