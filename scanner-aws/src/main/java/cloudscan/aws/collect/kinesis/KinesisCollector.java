package cloudscan.aws.collect.kinesis;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/** Kinesis data streams. */
public final class KinesisCollector extends InventoryCollector {

  public KinesisCollector(AwsClients clients) {
    super(clients, "kinesis");
  }

  @Override
  protected Optional<String> indexType() {
    return Optional.of("kinesis:stream");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, KinesisClient.class, KinesisClient::builder).listStreamsPaginator(r -> { })
        .streamSummaries().stream().flatMap(s -> Inventory.regional(Inventory.ref(target, "kinesis", "stream",
            s.streamARN()), s.streamName(), Optional.empty()).stream()).toList();
  }
}
