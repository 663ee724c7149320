package cloudscan.aws.collect.sns;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.sns.SnsClient;

/** SNS topics. */
public final class SnsCollector extends InventoryCollector {

  public SnsCollector(AwsClients clients) {
    super(clients, "sns");
  }

  @Override
  protected Optional<String> indexType() {
    return Optional.of("sns:topic");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, SnsClient.class, SnsClient::builder).listTopicsPaginator(r -> { }).topics().stream()
        .flatMap(t -> Inventory.regional(Inventory.ref(target, "sns", "topic", t.topicArn()), null, Optional.empty())
            .stream()).toList();
  }
}
