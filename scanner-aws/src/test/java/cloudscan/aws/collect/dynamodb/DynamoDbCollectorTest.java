package cloudscan.aws.collect.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.Residency;
import cloudscan.core.fact.StoreKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.kms.KmsClient;

@ExtendWith(MotoExtension.class)
class DynamoDbCollectorTest {

  private static AwsClients clients;
  private static Collected facts;
  private static String key;

  @BeforeAll
  static void seedAndScan() {
    DynamoDbClient ddb = MotoAws.seed(DynamoDbClient.class, DynamoDbClient::builder);
    key = MotoAws.seed(KmsClient.class, KmsClient::builder).createKey(r -> { }).keyMetadata().arn();
    ddb.createTable(table("owned-key").build());
    ddb.createTable(table("customer-key").sseSpecification(s -> s.enabled(true).sseType("KMS").kmsMasterKeyId(key))
        .build());
    clients = MotoAws.scanClients();
    facts = MotoAws.collect(new DynamoDbCollector(clients), MotoAws.regional());
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  private static CreateTableRequest.Builder table(String name) {
    return CreateTableRequest.builder().tableName(name).billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
        .keySchema(k -> k.attributeName("id").keyType("HASH"));
  }

  @Test
  void tableWithAwsOwnedKey_isEncryptedWithoutKeyRef() {
    assertThat(facts.one(EncryptionAtRest.class, ":table/owned-key")).matches(e -> e.enabled().is(true)
        && e.keyRef() == null && e.store() == StoreKind.NOSQL);
  }

  @Test
  void tableWithKmsKey_namesTheKey() {
    assertThat(facts.one(EncryptionAtRest.class, ":table/customer-key").keyRef()).isEqualTo(key);
  }

  @Test
  void table_isMultiZoneNoSqlStore() {
    assertThat(facts.one(DataStore.class, ":table/owned-key")).matches(d -> d.kind() == StoreKind.NOSQL
        && d.multiZone().is(true));
  }

  @Test
  void table_isLocatedInJapan() {
    assertThat(facts.one(Located.class, ":table/owned-key").residency()).isEqualTo(Residency.JAPAN);
  }

  @Test
  void emulatorWithoutGlobalTables_yieldsNoReplicas() {
    assertThat(facts.all(Replica.class)).isEmpty();
  }
}
