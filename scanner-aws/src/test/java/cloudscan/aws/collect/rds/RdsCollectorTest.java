package cloudscan.aws.collect.rds;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.Residency;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceRequest;

@ExtendWith(MotoExtension.class)
class RdsCollectorTest {

  private static final String KEY = "arn:aws:kms:ap-northeast-1:123456789012:key/0b8f5d6e-rds";

  private static AwsClients clients;
  private static Collected facts;
  private static String primaryArn;
  private static String dbGroup;

  @BeforeAll
  static void seedAndScan() {
    RdsClient rds = MotoAws.seed(RdsClient.class, RdsClient::builder);
    dbGroup = MotoAws.seed(Ec2Client.class, Ec2Client::builder)
        .createSecurityGroup(r -> r.groupName("db-office").description("office only")).groupId();
    rds.createDBInstance(db("exposed").publiclyAccessible(true).storageEncrypted(false).multiAZ(false)
        .availabilityZone("ap-northeast-1a").tags(t -> t.key("backup").value("daily"))
        .vpcSecurityGroupIds(dbGroup).build());
    primaryArn = rds.createDBInstance(db("guarded").storageEncrypted(true).kmsKeyId(KEY).multiAZ(true).build())
        .dbInstance().dbInstanceArn();
    MotoAws.seed(RdsClient.class, RdsClient::builder, "us-east-1").createDBInstanceReadReplica(r -> r
        .dbInstanceIdentifier("guarded-us").sourceDBInstanceIdentifier(primaryArn).dbInstanceClass("db.t3.micro"));
    rds.createDBCluster(r -> r.dbClusterIdentifier("aurora").engine("aurora-postgresql").masterUsername("admin")
        .masterUserPassword("secret-password").storageEncrypted(true));
    rds.createDBInstance(r -> r.dbInstanceIdentifier("aurora-1").dbClusterIdentifier("aurora")
        .engine("aurora-postgresql").dbInstanceClass("db.r6g.large").publiclyAccessible(true));
    clients = MotoAws.scanClients();
    facts = MotoAws.collect(new RdsCollector(clients), MotoAws.regional());
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  private static CreateDbInstanceRequest.Builder db(String id) {
    return CreateDbInstanceRequest.builder().dbInstanceIdentifier(id).engine("postgres")
        .dbInstanceClass("db.t3.micro").allocatedStorage(20).masterUsername("admin")
        .masterUserPassword("secret-password");
  }

  @Test
  void publiclyAccessibleInstance_isPublicDatabaseEndpointWithoutSourceRestriction() {
    assertThat(facts.one(PublicEndpoint.class, ":db:exposed")).matches(e -> e.publiclyReachable().is(true) && e.allowedSources().equals(PublicEndpoint.unrestricted()))
        .matches(e -> e.kind() == PublicEndpoint.Kind.DATABASE);
  }

  @Test
  void instance_sitsBehindItsSecurityGroups_whichDecideWhoReachesItsPublicEndpoint() {
    assertThat(facts.one(NetworkAttachment.class, ":db:exposed").layers())
        .singleElement().satisfies(l -> assertThat(l.ruleSets()).singleElement()
            .satisfies(id -> assertThat(id).endsWith(":security-group/" + dbGroup)));
  }

  @Test
  void instanceWithoutPubliclyAccessibleInTheAnswer_isUnreadNeverPrivate() {
    assertThat(facts.one(PublicEndpoint.class, ":db:guarded").publiclyReachable().isUnread()).isTrue();
  }

  @Test
  void unencryptedInstance_isEncryptionOffWithoutKey() {
    assertThat(facts.one(EncryptionAtRest.class, ":db:exposed")).matches(e -> e.enabled().is(false)
        && e.keyRef() == null && e.store() == cloudscan.core.fact.StoreKind.DATABASE);
  }

  @Test
  void encryptedInstance_carriesItsKmsKey() {
    assertThat(facts.one(EncryptionAtRest.class, ":db:guarded")).matches(e -> e.enabled().is(true)
        && KEY.equals(e.keyRef()));
  }

  @Test
  void singleAzInstance_isNotMultiZone() {
    assertThat(facts.one(DataStore.class, ":db:exposed").multiZone().is(false)).isTrue();
  }

  @Test
  void multiAzInstance_isMultiZone() {
    assertThat(facts.one(DataStore.class, ":db:guarded").multiZone().is(true)).isTrue();
  }

  @Test
  void instance_isLocatedInItsZoneInJapan() {
    assertThat(facts.one(Located.class, ":db:exposed")).matches(l -> l.zone().is("ap-northeast-1a")
        && l.residency() == Residency.JAPAN);
  }

  @Test
  void crossRegionReadReplica_isReplicaAbroad() {
    assertThat(facts.all(Replica.class)).singleElement().matches(r -> r.resource().id().equals(primaryArn)
        && r.destinationLocation().equals("us-east-1") && r.destinationResidency() == Residency.ABROAD
        && r.mechanism().equals(RdsReplicas.READ_REPLICA));
  }

  @Test
  void auroraCluster_isEncryptedMultiZoneDatabase() {
    assertThat(facts.one(DataStore.class, ":cluster:aurora").multiZone().is(true)).isTrue();
  }

  @Test
  void auroraMember_hasNoStorageFactsOfItsOwn() {
    assertThat(facts.all(EncryptionAtRest.class, e -> e.resource().id().endsWith(":db:aurora-1"))).isEmpty();
  }

  @Test
  void publicAuroraMember_isPublicEndpoint() {
    assertThat(facts.one(PublicEndpoint.class, ":db:aurora-1").publiclyReachable().is(true)).isTrue();
  }

  @Test
  void instance_isLabelledByItsIdentifierWithTheTagsTheListingGives() {
    assertThat(facts.one(cloudscan.core.fact.ResourceLabel.class, ":db:exposed")).matches(l -> "exposed".equals(l.name())
        && l.tags().is(java.util.Map.of("backup", "daily")));
  }
}
