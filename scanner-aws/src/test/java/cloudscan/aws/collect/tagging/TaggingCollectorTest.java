package cloudscan.aws.collect.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.ResourceLabel;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sns.SnsClient;

/** Tags of a region's resources from one paged GetResources: never one call per resource. */
@ExtendWith(MotoExtension.class)
class TaggingCollectorTest {

  private static AwsClients clients;
  private static Collected facts;
  private static String tableArn;
  private static String topicArn;

  @BeforeAll
  static void seedAndScan() {
    DynamoDbClient ddb = MotoAws.seed(DynamoDbClient.class, DynamoDbClient::builder);
    tableArn = ddb.createTable(r -> r.tableName("residents").billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
        .keySchema(k -> k.attributeName("id").keyType("HASH"))).tableDescription().tableArn();
    ddb.tagResource(r -> r.resourceArn(tableArn).tags(t -> t.key("backup").value("daily")));
    SnsClient sns = MotoAws.seed(SnsClient.class, SnsClient::builder);
    topicArn = sns.createTopic(r -> r.name("alerts").tags(t -> t.key("team").value("soc"))).topicArn();
    Ec2Client ec2 = MotoAws.seed(Ec2Client.class, Ec2Client::builder);
    String vpc = ec2.describeVpcs().vpcs().get(0).vpcId();
    ec2.createTags(r -> r.resources(vpc).tags(t -> t.key("Name").value("main")));
    clients = MotoAws.scanClients();
    facts = MotoAws.collect(new TaggingCollector(clients), MotoAws.regional());
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  @Test
  void taggedTopic_isLabelledWithItsTagsAndTheNameInItsArn() {
    assertThat(facts.one(ResourceLabel.class, topicArn)).matches(l -> "alerts".equals(l.name())
        && l.tags().is(Map.of("team", "soc")));
  }

  @Test
  void tablesAndBuckets_areLabelledByTheirOwnCollectorsFromThisRead() {
    assertThat(facts.all(ResourceLabel.class)).noneMatch(l -> l.resource().id().equals(tableArn));
  }

  @Test
  void resourcesLabelledByTheirOwnListings_areNotLabelledTwice() {
    assertThat(facts.all(ResourceLabel.class)).noneMatch(l -> l.resource().id().contains(":ec2:"));
  }

  @Test
  void oneCallForTheRegion() {
    assertThat(clients.apiCalls()).containsEntry("resourcegroupstaggingapi:GetResources", 1L);
  }
}
