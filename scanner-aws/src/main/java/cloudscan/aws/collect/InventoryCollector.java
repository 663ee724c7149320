package cloudscan.aws.collect;

import cloudscan.aws.collect.inventory.AccountIndex;
import cloudscan.aws.collect.inventory.Indexes;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service read only to locate what holds data in it (residency, 1.1), as cheaply as AWS allows:
 * where the account's aggregated inventory (Resource Explorer's aggregator index) vouches for the
 * type in the target's region, from the index (no call; {@link Located#inventory()} true);
 * otherwise one list call per region. Either way a {@link Located} per resource and a
 * {@link ResourceLabel} where the listing names or tags it.
 */
public abstract class InventoryCollector implements Collector {

  protected final AwsClients clients;
  private final String service;

  protected InventoryCollector(AwsClients clients, String service) {
    this.clients = clients;
    this.service = service;
  }

  @Override
  public final String service() {
    return service;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Located.class, ResourceLabel.class);
  }

  @Override
  public final void collect(Target target, FactSink out) {
    Optional<String> type = indexType();
    AccountIndex index = type.isPresent() ? Indexes.of(clients, target) : AccountIndex.NONE;
    if (type.isPresent() && index.vouchesFor(target.location(), type.get())) {
      index.resources(target.location(), type.get()).forEach(e -> fromIndex(target, e).forEach(out::accept));
    } else {
      locate(target).forEach(out::accept);
    }
  }

  /**
   * The Resource Explorer type ({@code sqs:queue}) an index may stand in for this collector's
   * list call; empty for zonal types (the index does not give the zone, and a Local Zone abroad
   * hides behind its region) and for collectors that read more than one type.
   */
  protected Optional<String> indexType() {
    return Optional.empty();
  }

  /** The facts of every resource of the service in the target's region, by its own list call. */
  protected abstract List<Fact> locate(Target target);

  private static List<Fact> fromIndex(Target target, AccountIndex.Entry e) {
    int colon = e.type().indexOf(':');
    ResourceRef ref = AwsRefs.withId(target, e.region(), e.type().substring(0, colon), e.type().substring(colon + 1),
        e.arn());
    Located located = new Located(ref, Known.notOffered(), true);
    if (e.tags() == null) {
      return List.of(located);
    }
    return List.of(located, new ResourceLabel(ref, e.tags().get("Name"), Known.of(e.tags())));
  }
}
