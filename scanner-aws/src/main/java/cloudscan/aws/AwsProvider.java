package cloudscan.aws;

import cloudscan.aws.collect.AwsSessionFactory;
import cloudscan.aws.collect.IamPolicy;
import cloudscan.core.provider.Provider;
import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderException;
import cloudscan.core.provider.ProviderSession;
import java.util.Optional;

/**
 * Amazon Web Services. Options: {@code profile}, {@code region} (where sign-in and region
 * discovery happen), {@code role-arn} + {@code external-id}, {@code org-role} (scan every active
 * account of the organization through that role), {@code max-attempts} (retries per call).
 * Least privilege: the AWS managed policies {@code SecurityAudit} and {@code ViewOnlyAccess}.
 */
public final class AwsProvider implements Provider {

  @Override
  public String id() {
    return "aws";
  }

  @Override
  public String description() {
    return "Amazon Web Services (read-only: SecurityAudit + ViewOnlyAccess suffice)";
  }

  @Override
  public ProviderSession open(ProviderConfig config) throws ProviderException {
    return AwsSessionFactory.open(config);
  }

  /** The IAM policy generated from the exact read list the client-side guard enforces. */
  @Override
  public Optional<String> leastPrivilege() {
    return Optional.of(IamPolicy.json());
  }
}
