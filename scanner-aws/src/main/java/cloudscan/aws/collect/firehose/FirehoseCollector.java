package cloudscan.aws.collect.firehose;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.ListDeliveryStreamsResponse;

/** Data Firehose delivery streams (buffered data in transit). The SDK has no paginator for the listing. */
public final class FirehoseCollector extends InventoryCollector {

  public FirehoseCollector(AwsClients clients) {
    super(clients, "firehose");
  }

  @Override
  protected Optional<String> indexType() {
    return Optional.of("firehose:deliverystream");
  }

  @Override
  protected List<Fact> locate(Target target) {
    FirehoseClient firehose = clients.client(target, FirehoseClient.class, FirehoseClient::builder);
    List<Fact> out = new ArrayList<>();
    String after = null;
    ListDeliveryStreamsResponse page;
    do {
      String start = after;
      page = firehose.listDeliveryStreams(r -> r.exclusiveStartDeliveryStreamName(start));
      for (String name : page.deliveryStreamNames()) {
        out.addAll(Inventory.regional(AwsRefs.regional(clients, target, "firehose", "deliverystream", name), name,
            Optional.empty()));
        after = name;
      }
    } while (Boolean.TRUE.equals(page.hasMoreDeliveryStreams()) && !page.deliveryStreamNames().isEmpty());
    return out;
  }
}
