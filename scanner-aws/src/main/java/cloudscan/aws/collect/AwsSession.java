package cloudscan.aws.collect;

import cloudscan.core.provider.Collector;
import cloudscan.core.provider.GapInfo;
import cloudscan.core.provider.PlannedSession;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;
import cloudscan.aws.collect.costexplorer.CostExplorerCollector;
import cloudscan.core.fact.SkipCause;

/** An open, read-only AWS scan: who signed in, what to collect, and the shared client factory. */
public final class AwsSession extends PlannedSession {

  private final AwsClients clients;

  public AwsSession(AwsClients clients, String identity, List<Target> targets,
      List<SkippedLocation> skipped, List<Collector> collectors) {
    super(identity, targets, skipped, collectors);
    this.clients = clients;
  }

  /**
   * The locations not examined. Read after collection, a region left out by {@code --regions} in
   * which Cost Explorer showed no usage or cost last month carries that as evidence (it lifts
   * residency from UNKNOWN to NEEDS_REVIEW, never to MET).
   */
  @Override
  public List<SkippedLocation> skipped() {
    return super.skipped().stream().map(this::withUsageEvidence).toList();
  }

  private SkippedLocation withUsageEvidence(SkippedLocation k) {
    if (k.cause() != SkipCause.NOT_SELECTED || k.evidence() != null) {
      return k;
    }
    return clients.note(CostExplorerCollector.USAGE_NOTE + k.account())
        .filter(used -> used instanceof Set<?> regions && !regions.contains(k.location()))
        .map(used -> new SkippedLocation(k.account(), k.location(), k.cause(), k.reason(),
            "Cost Explorer shows no usage and no cost in " + k.location() + " last month"))
        .orElse(k);
  }

  @Override
  public GapInfo describe(Throwable error) {
    return AwsErrors.describe(error);
  }

  @Override
  public Map<String, Long> apiCalls() {
    return clients.apiCalls();
  }

  public AwsClients clients() {
    return clients;
  }

  @Override
  public void close() {
    clients.close();
  }
}
