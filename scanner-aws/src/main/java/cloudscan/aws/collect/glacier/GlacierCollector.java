package cloudscan.aws.collect.glacier;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.glacier.GlacierClient;

/** S3 Glacier vaults (the original Glacier service, not S3 storage classes). */
public final class GlacierCollector extends InventoryCollector {

  public GlacierCollector(AwsClients clients) {
    super(clients, "glacier");
  }

  @Override
  protected Optional<String> indexType() {
    return Optional.of("glacier:vault");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, GlacierClient.class, GlacierClient::builder).listVaultsPaginator(r -> r.accountId("-"))
        .vaultList().stream().flatMap(v -> Inventory.regional(Inventory.ref(target, "glacier", "vault", v.vaultARN()),
            v.vaultName(), Optional.empty()).stream()).toList();
  }
}
