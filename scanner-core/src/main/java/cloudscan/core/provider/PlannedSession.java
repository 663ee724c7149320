package cloudscan.core.provider;

import java.util.List;

/**
 * A session whose identity, targets, skipped locations and collectors are settled when it opens
 * (after sign-in and discovery): the part every provider's session shares. A provider adds how it
 * describes errors, counts calls and closes its clients.
 */
public abstract class PlannedSession implements ProviderSession {

  private final String identity;
  private final List<Target> targets;
  private final List<SkippedLocation> skipped;
  private final List<Collector> collectors;

  protected PlannedSession(String identity, List<Target> targets, List<SkippedLocation> skipped,
      List<Collector> collectors) {
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
}
