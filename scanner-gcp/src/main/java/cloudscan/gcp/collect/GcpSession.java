package cloudscan.gcp.collect;

import cloudscan.core.provider.Collector;
import cloudscan.core.provider.GapInfo;
import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderException;
import cloudscan.core.provider.ProviderSession;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Map;

/** An open, read-only GCP scan: who, which projects and scopes, and the shared clients. */
public final class GcpSession implements ProviderSession {

  private final GcpClients clients;
  private final String identity;
  private final ProjectDiscovery.Found found;
  private final List<Collector> collectors;

  private GcpSession(GcpClients clients, String identity, ProjectDiscovery.Found found) {
    this.clients = clients;
    this.identity = identity;
    this.found = found;
    this.collectors = GcpCollectors.all(new GcpContext(clients, found.projectIds()));
  }

  public static GcpSession open(ProviderConfig config) throws ProviderException {
    GcpSettings settings = GcpSettings.of(config);
    GcpCredentials.Resolved creds = GcpCredentials.resolve(settings);
    GcpClients clients = new GcpClients(settings, creds.credentials());
    try {
      ProjectDiscovery.Found found = new ProjectDiscovery(new Gapic(clients)).discover(settings);
      return new GcpSession(clients, creds.identity(), found);
    } catch (ProviderException | RuntimeException e) {
      clients.close();
      throw e;
    }
  }

  @Override
  public String identity() {
    return identity;
  }

  @Override
  public List<Target> targets() {
    return found.targets();
  }

  @Override
  public List<SkippedLocation> skipped() {
    return found.skipped();
  }

  @Override
  public List<Collector> collectors() {
    return collectors;
  }

  @Override
  public GapInfo describe(Throwable error) {
    return GcpErrors.describe(error);
  }

  @Override
  public Map<String, Long> apiCalls() {
    return clients.apiCalls();
  }

  @Override
  public void close() {
    clients.close();
  }
}
