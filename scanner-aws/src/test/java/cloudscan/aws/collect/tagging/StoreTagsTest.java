package cloudscan.aws.collect.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.dynamodb.DynamoDbCollector;
import cloudscan.aws.collect.s3.S3Collector;
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
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Buckets and tables carry their tags, untagged ones an empty set (not "unread"), so a backup
 * selection by tag can be judged for them; the region's one tagging read serves every collector.
 */
@ExtendWith(MotoExtension.class)
class StoreTagsTest {

  private static AwsClients clients;
  private static Collected tables;
  private static Collected buckets;

  @BeforeAll
  static void seedAndScan() {
    DynamoDbClient ddb = MotoAws.seed(DynamoDbClient.class, DynamoDbClient::builder);
    for (String name : new String[] {"tagged-table", "plain-table"}) {
      ddb.createTable(r -> r.tableName(name).billingMode("PAY_PER_REQUEST")
          .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
          .keySchema(k -> k.attributeName("id").keyType("HASH")));
    }
    String tagged = ddb.describeTable(r -> r.tableName("tagged-table")).table().tableArn();
    ddb.tagResource(r -> r.resourceArn(tagged).tags(t -> t.key("backup").value("daily")));
    S3Client s3 = MotoAws.seed(S3Client.class, S3Client::builder);
    for (String name : new String[] {"tagged-bucket", "plain-bucket"}) {
      s3.createBucket(r -> r.bucket(name).createBucketConfiguration(c -> c.locationConstraint(MotoAws.REGION)));
    }
    s3.putBucketTagging(r -> r.bucket("tagged-bucket").tagging(t -> t.tagSet(s -> s.key("backup").value("daily"))));
    clients = MotoAws.scanClients();
    tables = MotoAws.collect(new DynamoDbCollector(clients), MotoAws.regional());
    buckets = MotoAws.collect(new S3Collector(clients), MotoAws.global());
    MotoAws.collect(new TaggingCollector(clients), MotoAws.regional());
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  @Test
  void taggedTable_carriesItsTags() {
    assertThat(tables.one(ResourceLabel.class, "table/tagged-table").tags().value()).isEqualTo(Map.of("backup", "daily"));
  }

  @Test
  void untaggedTable_hasNoTagsRatherThanUnreadOnes() {
    assertThat(tables.one(ResourceLabel.class, "table/plain-table").tags().value()).isEmpty();
  }

  @Test
  void taggedAndUntaggedBuckets_areLabelled() {
    assertThat(buckets.one(ResourceLabel.class, ":::tagged-bucket").tags().value()).isEqualTo(Map.of("backup", "daily"));
    assertThat(buckets.one(ResourceLabel.class, ":::plain-bucket").tags().value()).isEmpty();
  }

  @Test
  void oneTaggingReadServesEveryCollectorOfTheRegion() {
    assertThat(clients.apiCalls()).containsEntry("resourcegroupstaggingapi:GetResources", 1L);
  }
}
