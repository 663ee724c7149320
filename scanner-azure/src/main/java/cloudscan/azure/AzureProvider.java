package cloudscan.azure;

import cloudscan.azure.collect.AzureRole;
import cloudscan.azure.collect.AzureSessionFactory;
import cloudscan.core.provider.Provider;
import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderException;
import cloudscan.core.provider.ProviderSession;
import java.util.Optional;

/**
 * Microsoft Azure: every enabled subscription the identity can list (or those named), and the
 * Microsoft Entra tenant above them. Least privilege: Reader (or the generated custom role
 * {@link #leastPrivilege()}), optionally the Graph permissions for the tenant checks.
 */
public final class AzureProvider implements Provider {

  @Override
  public String id() {
    return "azure";
  }

  @Override
  public String description() {
    return "Microsoft Azure (read-only: Reader suffices; Graph Policy.Read.All, AuditLog.Read.All optional)";
  }

  @Override
  public ProviderSession open(ProviderConfig config) throws ProviderException {
    return AzureSessionFactory.open(config);
  }

  @Override
  public Optional<String> leastPrivilege() {
    return Optional.of(AzureRole.json());
  }
}
