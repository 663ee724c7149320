package cloudscan.gcp;

import cloudscan.core.provider.Provider;
import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderException;
import cloudscan.core.provider.ProviderSession;
import cloudscan.gcp.collect.GcpSession;
import cloudscan.gcp.collect.LeastPrivilegeRole;
import java.util.Optional;

/**
 * Google Cloud: projects, folders and organizations, read-only over REST. Options (set by the
 * CLI's GCP flags): {@code project}, {@code folder}, {@code organization}, {@code quota-project},
 * {@code impersonate-service-account}, {@code access-token-file}, {@code endpoint},
 * {@code endpoint-override}, {@code allowed-domains}.
 */
public final class GcpProvider implements Provider {

  @Override
  public String id() {
    return "gcp";
  }

  @Override
  public String description() {
    return "Google Cloud (read-only: roles/viewer + roles/iam.securityReviewer + roles/cloudasset.viewer suffice)";
  }

  @Override
  public ProviderSession open(ProviderConfig config) throws ProviderException {
    return GcpSession.open(config);
  }

  @Override
  public Optional<String> leastPrivilege() {
    return Optional.of(LeastPrivilegeRole.yaml());
  }
}
