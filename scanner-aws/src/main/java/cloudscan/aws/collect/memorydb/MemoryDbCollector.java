package cloudscan.aws.collect.memorydb;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.memorydb.MemoryDbClient;

/** MemoryDB clusters (durable in-memory databases). */
public final class MemoryDbCollector extends InventoryCollector {

  public MemoryDbCollector(AwsClients clients) {
    super(clients, "memorydb");
  }

  @Override
  protected Optional<String> indexType() {
    return Optional.of("memorydb:cluster");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, MemoryDbClient.class, MemoryDbClient::builder).describeClustersPaginator(r -> { })
        .clusters().stream().flatMap(c -> Inventory.regional(Inventory.ref(target, "memorydb", "cluster", c.arn()),
            c.name(), Optional.empty()).stream()).toList();
  }
}
