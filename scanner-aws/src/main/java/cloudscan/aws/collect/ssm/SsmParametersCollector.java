package cloudscan.aws.collect.ssm;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterMetadata;

/**
 * Parameter Store parameters, by their metadata (DescribeParameters): the scan never reads a
 * value (GetParameter* is refused by the read-only guard).
 */
public final class SsmParametersCollector extends InventoryCollector {

  public SsmParametersCollector(AwsClients clients) {
    super(clients, "ssm");
  }

  @Override
  protected Optional<String> indexType() {
    return Optional.of("ssm:parameter");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, SsmClient.class, SsmClient::builder).describeParametersPaginator(r -> { })
        .stream().flatMap(page -> page.parameters().stream()).flatMap(p -> Inventory.regional(ref(target, p), p.name(), Optional.empty()).stream())
        .toList();
  }

  /** {@code /app/db-url} → {@code arn:…:parameter/app/db-url}; {@code name} → {@code parameter/name}. */
  private cloudscan.core.fact.ResourceRef ref(Target target, ParameterMetadata p) {
    if (p.arn() != null) {
      return Inventory.ref(target, "ssm", "parameter", p.arn());
    }
    String name = p.name().startsWith("/") ? p.name().substring(1) : p.name();
    return AwsRefs.regional(clients, target, "ssm", "parameter", name);
  }
}
