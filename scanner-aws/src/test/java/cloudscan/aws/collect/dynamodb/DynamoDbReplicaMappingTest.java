package cloudscan.aws.collect.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.testing.MotoAws;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.Residency;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ReplicaDescription;
import software.amazon.awssdk.services.dynamodb.model.SSEDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * moto has no global tables (ReplicaUpdates are ignored, Replicas never returned), so the replica
 * mapping is tested on the SDK's own model, shaped as DescribeTable returns a global table.
 */
class DynamoDbReplicaMappingTest {

  private static final TableDescription GLOBAL = TableDescription.builder()
      .tableArn("arn:aws:dynamodb:ap-northeast-1:123456789012:table/residents")
      .globalTableVersion("2019.11.21")
      .replicas(ReplicaDescription.builder().regionName("ap-northeast-1").replicaStatus("ACTIVE").build(),
          ReplicaDescription.builder().regionName("ap-northeast-3").replicaStatus("ACTIVE").build(),
          ReplicaDescription.builder().regionName("us-west-2").replicaStatus("ACTIVE").build())
      .build();

  @Test
  void globalTable_hasOneReplicaPerOtherRegion() {
    assertThat(DynamoDbCollector.facts(MotoAws.regional(), GLOBAL).stream().filter(Replica.class::isInstance)
        .map(f -> ((Replica) f).destinationLocation())).containsExactly("ap-northeast-3", "us-west-2");
  }

  @Test
  void replicaInOregon_isAbroad() {
    assertThat(DynamoDbCollector.facts(MotoAws.regional(), GLOBAL).stream().filter(Replica.class::isInstance)
        .map(Replica.class::cast).filter(r -> r.destinationLocation().equals("us-west-2")))
        .singleElement().matches(r -> r.destinationResidency() == Residency.ABROAD
            && r.mechanism().equals(DynamoDbCollector.GLOBAL_TABLE));
  }

  @Test
  void kmsKeyBeingRemoved_isNoLongerNamed() {
    assertThat(DynamoDbCollector.kmsKey(SSEDescription.builder().sseType("KMS").status("DISABLED")
        .kmsMasterKeyArn("arn:aws:kms:ap-northeast-1:123456789012:key/x").build())).isNull();
  }
}
