package cloudscan.aws.collect.sqs;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;

/** SQS queues (listed by URL; the ARN is built from it). */
public final class SqsCollector extends InventoryCollector {

  public SqsCollector(AwsClients clients) {
    super(clients, "sqs");
  }

  @Override
  protected Optional<String> indexType() {
    return Optional.of("sqs:queue");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, SqsClient.class, SqsClient::builder).listQueuesPaginator(r -> { }).queueUrls()
        .stream().flatMap(url -> Inventory.regional(cloudscan.aws.collect.AwsRefs.withId(target, target.location(),
            "sqs", "queue", arn(target, url)), url.substring(url.lastIndexOf('/') + 1), Optional.empty()).stream())
        .toList();
  }

  /** {@code https://sqs.<region>.amazonaws.com/<account>/<name>} → {@code arn:<p>:sqs:<region>:<account>:<name>}. */
  private String arn(Target target, String url) {
    String[] parts = url.split("/");
    String name = parts[parts.length - 1];
    String account = parts.length > 1 ? parts[parts.length - 2] : target.account();
    return "arn:" + clients.partition() + ":sqs:" + target.location() + ":" + account + ":" + name;
  }
}
