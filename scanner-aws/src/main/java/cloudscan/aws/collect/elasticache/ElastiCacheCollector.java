package cloudscan.aws.collect.elasticache;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;

/** ElastiCache cache clusters (nodes), in their zone. */
public final class ElastiCacheCollector extends InventoryCollector {

  public ElastiCacheCollector(AwsClients clients) {
    super(clients, "elasticache");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, ElastiCacheClient.class, ElastiCacheClient::builder)
        .describeCacheClustersPaginator(r -> { }).cacheClusters().stream().flatMap(c -> Inventory.zonal(
            Inventory.ref(target, "elasticache", "cluster", c.arn()), c.preferredAvailabilityZone(), c.cacheClusterId(),
            Optional.empty()).stream()).toList();
  }
}
