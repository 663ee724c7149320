package cloudscan.azure.collect;

import cloudscan.core.provider.Collector;
import cloudscan.core.provider.GapInfo;
import cloudscan.core.provider.PlannedSession;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Map;

/** An open, read-only Azure scan: who signed in, the tenant and subscriptions to read, the client factory. */
public final class AzureSession extends PlannedSession {

  private final AzureClients clients;

  public AzureSession(AzureClients clients, String identity, List<Target> targets, List<SkippedLocation> skipped,
      List<Collector> collectors) {
    super(identity, targets, skipped, collectors);
    this.clients = clients;
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
