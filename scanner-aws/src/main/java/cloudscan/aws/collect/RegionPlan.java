package cloudscan.aws.collect;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SkipCause;
import cloudscan.core.provider.ProviderException;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.provider.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which regions of one account are scanned: the caller's partition only, opted-in regions
 * only, narrowed to the requested locations; plus the account's {@code global} target. Everything
 * left out is reported as skipped with its reason.
 */
public final class RegionPlan {

  /** One region as EC2 DescribeRegions reports it. */
  public record RegionInfo(String name, String optInStatus) {
    boolean enabled() {
      return !"not-opted-in".equals(optInStatus);
    }
  }

  private final List<Target> targets = new ArrayList<>();
  private final List<SkippedLocation> skipped = new ArrayList<>();

  public List<Target> targets() {
    return targets;
  }

  public List<SkippedLocation> skipped() {
    return skipped;
  }

  /** Fails with the list of valid names when a requested location is not a region at all. */
  public static void validate(List<String> requested, List<RegionInfo> regions) throws ProviderException {
    Set<String> valid = new TreeSet<>();
    regions.forEach(r -> valid.add(r.name()));
    valid.add(ResourceRef.GLOBAL);
    List<String> unknown = requested.stream().filter(l -> !valid.contains(l)).toList();
    if (!unknown.isEmpty()) {
      throw new ProviderException("unknown AWS location(s) " + unknown + "; valid: " + String.join(", ", valid));
    }
  }

  public RegionPlan add(String account, String partition, List<RegionInfo> regions, List<String> requested) {
    for (RegionInfo r : regions) {
      if (!Partitions.ofRegion(r.name()).equals(partition)) {
        skipped.add(new SkippedLocation(account, r.name(), SkipCause.OTHER_PARTITION,
            "other partition (" + Partitions.ofRegion(r.name()) + ")"));
      } else if (!r.enabled()) {
        skipped.add(new SkippedLocation(account, r.name(), SkipCause.NOT_ENABLED, "opt-in region not enabled"));
      } else if (!requested.isEmpty() && !requested.contains(r.name())) {
        skipped.add(new SkippedLocation(account, r.name(), SkipCause.NOT_SELECTED, "not selected (--regions)"));
      } else {
        targets.add(new Target(new Scope(Cloud.AWS, account, r.name())));
      }
    }
    targets.add(new Target(new Scope(Cloud.AWS, account, ResourceRef.GLOBAL)));
    return this;
  }
}
