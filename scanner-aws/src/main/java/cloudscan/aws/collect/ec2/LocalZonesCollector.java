package cloudscan.aws.collect.ec2;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.JapanLocations;
import cloudscan.core.fact.Residency;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Local Zone and Wavelength zone groups the account has opted into whose zones stand abroad
 * (Taipei's ap-northeast-1-tpe-1 under Tokyo): a place where data can be put that the region's
 * name hides, flagged as a located zone group. Resources in such a zone are judged by their own
 * zone (instances, volumes, databases carry it).
 */
public final class LocalZonesCollector extends InventoryCollector {

  public LocalZonesCollector(AwsClients clients) {
    super(clients, "ec2");
  }

  @Override
  protected List<Fact> locate(Target target) {
    return clients.client(target, Ec2Client.class, Ec2Client::builder)
        .describeAvailabilityZones(r -> r.allAvailabilityZones(true)).availabilityZones().stream()
        .filter(z -> "opted-in".equals(z.optInStatusAsString()) && !"availability-zone".equals(z.zoneType()))
        .filter(z -> JapanLocations.judge(Cloud.AWS, target.location(), z.zoneName()) != Residency.JAPAN)
        .flatMap(z -> Inventory.zonal(AwsRefs.regional(clients, target, "ec2", "zone-group", z.groupName()),
            z.zoneName(), z.groupName(), Optional.empty()).stream())
        .toList();
  }
}
