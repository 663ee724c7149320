package cloudscan.aws.collect.eks;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.eks.EksClient;

/** EKS clusters (their nodes are EC2 instances, located by the EC2 collector). */
public final class EksCollector extends InventoryCollector {

  public EksCollector(AwsClients clients) {
    super(clients, "eks");
  }

  @Override
  protected Optional<String> indexType() {
    return Optional.of("eks:cluster");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, EksClient.class, EksClient::builder).listClustersPaginator(r -> { }).clusters()
        .stream().flatMap(name -> Inventory.regional(cloudscan.aws.collect.AwsRefs.regional(clients, target, "eks",
            "cluster", name), name, Optional.empty()).stream()).toList();
  }
}
