package cloudscan.aws.collect.ec2;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.JapanLocations;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Residency;
import cloudscan.core.provider.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.Subnet;

/**
 * Local Zones and Wavelength zones (DescribeAvailabilityZones with AllAvailabilityZones): a zone
 * group the account has opted into whose zones stand abroad (Taipei's ap-northeast-1-tpe-1 under
 * Tokyo) is flagged as a located zone group, a place where data can be put that the region's name
 * hides; every subnet in an opted-in Local or Wavelength zone is located in that zone (judged by
 * the zone's city, not its parent region), so a VPC stretched into a zone abroad shows. Subnets
 * come from the region's DescribeSubnets, read once for this and the network collector, and only
 * when some such zone is opted in. Resources in such a zone are judged by their own zone too
 * (instances, volumes, databases, load balancers carry it).
 */
public final class LocalZonesCollector extends InventoryCollector {

  public LocalZonesCollector(AwsClients clients) {
    super(clients, "ec2");
  }

  @Override
  protected List<Fact> locate(Target target) {
    List<AvailabilityZone> optedIn = clients.client(target, Ec2Client.class, Ec2Client::builder)
        .describeAvailabilityZones(r -> r.allAvailabilityZones(true)).availabilityZones().stream()
        .filter(z -> "opted-in".equals(z.optInStatusAsString()) && !"availability-zone".equals(z.zoneType()))
        .toList();
    List<Fact> facts = new ArrayList<>();
    optedIn.stream()
        .filter(z -> JapanLocations.judge(Cloud.AWS, target.location(), z.zoneName()) != Residency.JAPAN)
        .map(AvailabilityZone::groupName).distinct()
        .forEach(group -> facts.addAll(Inventory.zonal(AwsRefs.regional(clients, target, "ec2", "zone-group", group),
            zoneOf(optedIn, group), group, Optional.empty())));
    if (!optedIn.isEmpty()) {
      facts.addAll(subnetsIn(target, optedIn, Ec2NetworkCollector.subnets(clients, target)));
    }
    return facts;
  }

  /** Subnets whose zone (by name or ID) is one of the opted-in Local or Wavelength zones. */
  List<Fact> subnetsIn(Target target, List<AvailabilityZone> zones, List<Subnet> subnets) {
    Map<String, String> byName = zones.stream().collect(Collectors.toMap(AvailabilityZone::zoneName,
        AvailabilityZone::zoneName, (a, b) -> a));
    Map<String, String> byId = zones.stream().filter(z -> z.zoneId() != null)
        .collect(Collectors.toMap(AvailabilityZone::zoneId, AvailabilityZone::zoneName, (a, b) -> a));
    List<Fact> facts = new ArrayList<>();
    for (Subnet s : subnets) {
      String zone = Optional.ofNullable(byName.get(String.valueOf(s.availabilityZone())))
          .orElseGet(() -> byId.get(String.valueOf(s.availabilityZoneId())));
      if (zone != null) {
        var ref = AwsRefs.regional(clients, target, "ec2", "subnet", s.subnetId());
        facts.add(Located.zonal(ref, zone));
        facts.add(Ec2Labels.of(ref, s.tags(), null));
      }
    }
    return facts;
  }

  private static String zoneOf(List<AvailabilityZone> zones, String group) {
    return zones.stream().filter(z -> group.equals(z.groupName())).map(AvailabilityZone::zoneName)
        .findFirst().orElse(null);
  }
}
