package cloudscan.aws.collect.inventory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An account's aggregated inventory (Resource Explorer's aggregator index) and what it can vouch
 * for: the regions it indexes and the resource types it supports. Only a (region, type) pair it
 * vouches for may replace that type's own list call there; everything else is listed per type.
 *
 * @param source    what was read, for logs and evidence (e.g. the aggregator index and its view)
 * @param regions   the regions with an index (their resources reach the aggregator)
 * @param types     resource types the index supports ({@code sqs:queue}, {@code lambda:function})
 * @param resources every resource of the account the view lists
 */
public record AccountIndex(String source, Set<String> regions, Set<String> types, List<Entry> resources) {

  /** No usable index: every type is listed by its own service. */
  public static final AccountIndex NONE = new AccountIndex("none", Set.of(), Set.of(), List.of());

  /** One indexed resource; {@code tags} null when the view does not include them. */
  public record Entry(String arn, String region, String type, Map<String, String> tags) { }

  public AccountIndex {
    regions = Set.copyOf(regions);
    types = Set.copyOf(types);
    resources = List.copyOf(resources);
  }

  /** True if the index covers {@code type} in {@code region}: its absence there means none. */
  public boolean vouchesFor(String region, String type) {
    return regions.contains(region) && types.contains(type);
  }

  /** The indexed resources of {@code type} in {@code region}. */
  public List<Entry> resources(String region, String type) {
    return resources.stream().filter(e -> region.equals(e.region()) && type.equals(e.type()))
        .collect(Collectors.toList());
  }
}
