package cloudscan.azure.collect;

import cloudscan.core.provider.Collector;
import cloudscan.core.provider.GapInfo;
import cloudscan.core.provider.ProviderSession;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Map;

/** An open, read-only Azure scan: who signed in, the tenant and subscriptions to read, the client factory. */
public final class AzureSession implements ProviderSession {

  private final AzureClients clients;
  private final String identity;
  private final List<Target> targets;
  private final List<SkippedLocation> skipped;
  private final List<Collector> collectors;

  public AzureSession(AzureClients clients, String identity, List<Target> targets, List<SkippedLocation> skipped,
      List<Collector> collectors) {
    this.clients = clients;
    this.identity = identity;
    this.targets = List.copyOf(targets);
    this.skipped = List.copyOf(skipped);
    this.collectors = List.copyOf(collectors);
  }

  @Override
  public String identity() {
    return identity;
  }

  @Override
  public List<Target> targets() {
    return targets;
  }

  @Override
  public List<SkippedLocation> skipped() {
    return skipped;
  }

  @Override
  public List<Collector> collectors() {
    return collectors;
  }

  @Override
  public GapInfo describe(Throwable error) {
    return AzureErrors.describe(error);
  }

  @Override
  public Map<String, Long> apiCalls() {
    return clients.apiCalls();
  }

  public AzureClients clients() {
    return clients;
  }

  @Override
  public void close() {
    clients.close();
  }
}
