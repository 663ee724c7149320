package cloudscan.aws.collect.ecs;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ecs.EcsClient;

/** ECS clusters (their tasks' storage; the listing carries no task-definition environment). */
public final class EcsCollector extends InventoryCollector {

  public EcsCollector(AwsClients clients) {
    super(clients, "ecs");
  }

  @Override
  protected Optional<String> indexType() {
    return Optional.of("ecs:cluster");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, EcsClient.class, EcsClient::builder).listClustersPaginator(r -> { }).clusterArns()
        .stream().flatMap(arn -> Inventory.regional(Inventory.ref(target, "ecs", "cluster", arn), null,
            Optional.empty()).stream()).toList();
  }
}
