package cloudscan.aws.collect.secretsmanager;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.secretsmanager.model.Tag;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Secrets Manager secrets (metadata only: the scan never reads a secret value), with their replicas. */
public final class SecretsManagerCollector extends InventoryCollector {

  public SecretsManagerCollector(AwsClients clients) {
    super(clients, "secretsmanager");
  }

  @Override
  protected Optional<String> indexType() {
    return Optional.of("secretsmanager:secret");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, SecretsManagerClient.class, SecretsManagerClient::builder)
        .listSecretsPaginator(r -> { }).stream().flatMap(page -> page.secretList().stream()).flatMap(s -> Inventory.regional(
            Inventory.ref(target, "secretsmanager", "secret", s.arn()), s.name(), Inventory.tags(s.tags(), Tag::key, Tag::value)).stream())
        .toList();
  }
}
