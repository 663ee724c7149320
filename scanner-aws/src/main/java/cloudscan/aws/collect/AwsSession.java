package cloudscan.aws.collect;

import cloudscan.core.provider.Collector;
import cloudscan.core.provider.GapInfo;
import cloudscan.core.provider.ProviderSession;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;
import cloudscan.aws.collect.costexplorer.CostExplorerCollector;
import cloudscan.core.fact.SkipCause;

/** An open, read-only AWS scan: who signed in, what to collect, and the shared client factory. */
public final class AwsSession implements ProviderSession {

  private final AwsClients clients;
  private final String identity;
  private final List<Target> targets;
  private final List<SkippedLocation> skipped;
  private final List<Collector> collectors;

  public AwsSession(AwsClients clients, String identity, List<Target> targets,
      List<SkippedLocation> skipped, List<Collector> collectors) {
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

  /**
   * The locations not examined. Read after collection, a region left out by {@code --regions} in
   * which Cost Explorer showed no usage or cost last month carries that as evidence (it lifts
   * residency from UNKNOWN to NEEDS_REVIEW, never to MET).
   */
  @Override
  public List<SkippedLocation> skipped() {
    return skipped.stream().map(this::withUsageEvidence).toList();
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
  public List<Collector> collectors() {
    return collectors;
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
