package cloudscan.aws.collect.redshift;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.redshift.model.Tag;
import software.amazon.awssdk.services.redshift.RedshiftClient;

/** Redshift provisioned clusters, in their zone. */
public final class RedshiftCollector extends InventoryCollector {

  public RedshiftCollector(AwsClients clients) {
    super(clients, "redshift");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, RedshiftClient.class, RedshiftClient::builder).describeClustersPaginator(r -> { })
        .clusters().stream().flatMap(c -> Inventory.zonal(Inventory.ref(target, "redshift", "cluster",
            cloudscan.aws.collect.Partitions.arn(clients.partition(), "redshift", target.location(), target.account(),
                "cluster:" + c.clusterIdentifier())), c.availabilityZone(), c.clusterIdentifier(),
            Inventory.tags(c.tags(), Tag::key, Tag::value)).stream()).toList();
  }
}
