package cloudscan.aws.collect.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Residency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * Subnets in Local Zones. moto has no Local Zones (every zone it lists is an availability zone and
 * it refuses a subnet in ap-northeast-1-tpe-1a), so the zone matching is tested on the SDK's own
 * model objects shaped as DescribeAvailabilityZones / DescribeSubnets answer on AWS; the moto test
 * proves a region without opted-in zones costs no subnet read and locates nothing.
 */
@ExtendWith(MotoExtension.class)
class LocalZonesCollectorTest {

  private static final AvailabilityZone TAIPEI = AvailabilityZone.builder().zoneName("ap-northeast-1-tpe-1a")
      .zoneId("apne1-tpe1-az1").groupName("ap-northeast-1-tpe-1").zoneType("local-zone").optInStatus("opted-in")
      .regionName("ap-northeast-1").build();

  private static List<Fact> subnets(Subnet... subnets) {
    try (AwsClients clients = AwsClients.builder().credentials(MotoAws.CREDENTIALS).build()) {
      return new LocalZonesCollector(clients).subnetsIn(MotoAws.regional(), List.of(TAIPEI), List.of(subnets));
    }
  }

  @Test
  void subnetInTaipeiLocalZone_isLocatedAbroadAlthoughItsRegionIsTokyo() {
    List<Fact> facts = subnets(Subnet.builder().subnetId("subnet-tpe").availabilityZone("ap-northeast-1-tpe-1a")
        .tags(Tag.builder().key("Name").value("edge").build()).build());
    assertThat(facts).filteredOn(Located.class::isInstance).singleElement()
        .matches(f -> ((Located) f).residency() == Residency.ABROAD && f.resource().id().endsWith("subnet/subnet-tpe"));
  }

  @Test
  void subnetNamedOnlyByZoneId_isMatchedToo() {
    List<Fact> facts = subnets(Subnet.builder().subnetId("subnet-id").availabilityZoneId("apne1-tpe1-az1").build());
    assertThat(facts).filteredOn(Located.class::isInstance).singleElement()
        .matches(f -> "ap-northeast-1-tpe-1a".equals(((Located) f).zoneName()));
  }

  @Test
  void subnetInAnOrdinaryZone_isNotLocated() {
    assertThat(subnets(Subnet.builder().subnetId("subnet-a").availabilityZone("ap-northeast-1a")
        .availabilityZoneId("apne1-az4").build())).isEmpty();
  }

  @Test
  void regionWithoutOptedInZones_locatesNothingAndReadsNoSubnets() {
    try (AwsClients clients = MotoAws.scanClients()) {
      assertThat(MotoAws.collect(new LocalZonesCollector(clients), MotoAws.regional()).facts()).isEmpty();
      assertThat(clients.apiCalls()).containsOnlyKeys("ec2:DescribeAvailabilityZones");
    }
  }
}
