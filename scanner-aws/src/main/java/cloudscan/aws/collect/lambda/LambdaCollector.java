package cloudscan.aws.collect.lambda;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.aws.collect.SecretsDropper;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * Lambda functions (code and configuration are data). ListFunctions also returns environment
 * variables; {@link SecretsDropper} removes them before they are parsed.
 */
public final class LambdaCollector extends InventoryCollector {

  public LambdaCollector(AwsClients clients) {
    super(clients, "lambda");
  }

  @Override
  protected Optional<String> indexType() {
    return Optional.of("lambda:function");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, LambdaClient.class, LambdaClient::builder).listFunctionsPaginator(r -> { })
        .functions().stream().flatMap(f -> Inventory.regional(Inventory.ref(target, "lambda", "function",
            f.functionArn()), f.functionName(), Optional.empty()).stream()).toList();
  }
}
