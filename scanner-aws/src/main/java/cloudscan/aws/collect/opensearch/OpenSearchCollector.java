package cloudscan.aws.collect.opensearch;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.opensearch.OpenSearchClient;

/** OpenSearch Service domains. */
public final class OpenSearchCollector extends InventoryCollector {

  public OpenSearchCollector(AwsClients clients) {
    super(clients, "es");
  }

  @Override
  protected Optional<String> indexType() {
    return Optional.of("es:domain");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, OpenSearchClient.class, OpenSearchClient::builder).listDomainNames(r -> { })
        .domainNames().stream().flatMap(d -> Inventory.regional(cloudscan.aws.collect.AwsRefs.regional(clients,
            target, "es", "domain", d.domainName()), d.domainName(), Optional.empty()).stream()).toList();
  }
}
