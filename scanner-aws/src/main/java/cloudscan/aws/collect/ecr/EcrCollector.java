package cloudscan.aws.collect.ecr;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ecr.EcrClient;

/** ECR private repositories (container images). */
public final class EcrCollector extends InventoryCollector {

  public EcrCollector(AwsClients clients) {
    super(clients, "ecr");
  }

  @Override
  protected Optional<String> indexType() {
    return Optional.of("ecr:repository");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, EcrClient.class, EcrClient::builder).describeRepositoriesPaginator(r -> { })
        .repositories().stream().flatMap(repo -> Inventory.regional(Inventory.ref(target, "ecr", "repository",
            repo.repositoryArn()), repo.repositoryName(), Optional.empty()).stream()).toList();
  }
}
