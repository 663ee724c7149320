package cloudscan.aws.collect;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Set;

/**
 * A service read only to locate what holds data in it (residency, 1.1): one list call per region,
 * a {@link Located} per resource, a {@link ResourceLabel} where the listing names or tags it.
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
    locate(target).forEach(out::accept);
  }

  /** The facts of every resource of the service in the target's region. */
  protected abstract List<Fact> locate(Target target);
}
