package cloudscan.aws.collect;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SkipCause;
import cloudscan.core.provider.ProviderException;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.provider.Target;
import java.util.ArrayList;
import cloudscan.aws.collect.organizations.RegionGuardrail;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** The regions of one account that would be targets without a guardrail: to probe. */
  public static List<String> candidates(String partition, List<RegionInfo> regions, List<String> requested) {
    return regions.stream().filter(r -> Partitions.ofRegion(r.name()).equals(partition) && r.enabled()
        && (requested.isEmpty() || requested.contains(r.name()))).map(RegionInfo::name).toList();
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
    return add(account, partition, regions, requested, Optional.empty());
  }

  /**
   * Plans one account: every region of the caller's partition is a target or skipped with its
   * cause. A region an enforced, recognised region guardrail denies is skipped once as
   * DENIED_BY_GUARDRAIL, with the guardrail as evidence, instead of failing in every collector.
   * The account's {@code global} target comes first: the big account-wide collectors start first.
   */
  public RegionPlan add(String account, String partition, List<RegionInfo> regions, List<String> requested,
      Optional<RegionGuardrail> guardrail) {
    return add(account, partition, regions, requested, guardrail, Map.of());
  }

  /**
   * As above, with the regions a probe found refused by an explicit SCP deny (when the guardrail
   * itself could not be read), each with the refusal as evidence.
   */
  public RegionPlan add(String account, String partition, List<RegionInfo> regions, List<String> requested,
      Optional<RegionGuardrail> guardrail, Map<String, String> scpDenied) {
    targets.add(new Target(new Scope(Cloud.AWS, account, ResourceRef.GLOBAL)));
    Optional<RegionGuardrail> binding = guardrail.filter(RegionGuardrail::enforced);
    for (RegionInfo r : regions) {
      String other = Partitions.ofRegion(r.name());
      if (!other.equals(partition)) {
        skipped.add(new SkippedLocation(account, r.name(), SkipCause.OTHER_PARTITION,
            "other partition (" + other + ")"));
      } else if (!r.enabled()) {
        skipped.add(new SkippedLocation(account, r.name(), SkipCause.NOT_ENABLED, "opt-in region not enabled"));
      } else if (binding.isPresent() && !binding.get().allows(r.name())) {
        skipped.add(new SkippedLocation(account, r.name(), SkipCause.DENIED_BY_GUARDRAIL,
            "denied by a region guardrail (" + String.join(", ", binding.get().policies()) + ")",
            binding.get().evidence()));
      } else if (scpDenied.containsKey(r.name())) {
        skipped.add(new SkippedLocation(account, r.name(), SkipCause.DENIED_BY_GUARDRAIL,
            "every request refused by an explicit deny in a service control policy", scpDenied.get(r.name())));
      } else if (!requested.isEmpty() && !requested.contains(r.name())) {
        skipped.add(new SkippedLocation(account, r.name(), SkipCause.NOT_SELECTED, "not selected (--regions)"));
      } else {
        targets.add(new Target(new Scope(Cloud.AWS, account, r.name())));
      }
    }
    return this;
  }
}
