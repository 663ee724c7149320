package cloudscan.aws.collect.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsErrors;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.snapshot.GapKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;

@ExtendWith(MotoExtension.class)
class Ec2ComputeCollectorTest {

  private static AwsClients clients;
  private static Collected facts;
  private static String instance;
  private static String plainVolume;
  private static String encryptedVolume;
  private static String snapshot;

  @BeforeAll
  static void seedAndScan() {
    Ec2Client ec2 = MotoAws.seed(Ec2Client.class, Ec2Client::builder);
    instance = ec2.runInstances(r -> r.imageId("ami-12345678").instanceType("t3.micro").minCount(1).maxCount(1)
        .placement(p -> p.availabilityZone("ap-northeast-1a"))).instances().get(0).instanceId();
    plainVolume = ec2.createVolume(r -> r.availabilityZone("ap-northeast-1c").size(8)
        .tagSpecifications(t -> t.resourceType("volume").tags(x -> x.key("Name").value("residents-db"),
            x -> x.key("backup").value("daily")))).volumeId();
    encryptedVolume = ec2.createVolume(r -> r.availabilityZone("ap-northeast-1a").size(8).encrypted(true)
        .kmsKeyId("arn:aws:kms:ap-northeast-1:123456789012:key/k1")).volumeId();
    snapshot = ec2.createSnapshot(r -> r.volumeId(encryptedVolume)).snapshotId();
    ec2.enableEbsEncryptionByDefault(r -> { });
    clients = MotoAws.scanClients();
    facts = MotoAws.collect(new Ec2ComputeCollector(clients), MotoAws.regional());
  }

  @AfterAll
  static void close() {
    if (clients != null) {
      clients.close();
    }
  }

  @Test
  void instance_isLocatedInItsZone() {
    assertThat(facts.one(Located.class, instance).zone().value()).isEqualTo("ap-northeast-1a");
  }

  @Test
  void ssmUnsupportedByEmulator_leavesManagedAccessUnknown() {
    assertThat(facts.one(ComputeInstance.class, instance).managedAccess().isUnread()).isTrue();
  }

  @Test
  void ssmUnsupportedByEmulator_isRecordedAsGap() {
    assertThat(facts.gaps()).singleElement().matches(g -> AwsErrors.describe(g.error()).kind() == GapKind.UNSUPPORTED
        && g.kinds().contains(ComputeInstance.class));
  }

  @Test
  void unencryptedVolume_isNotEncrypted() {
    assertThat(facts.one(EncryptionAtRest.class, plainVolume).enabled().is(false)).isTrue();
  }

  @Test
  void encryptedVolume_carriesCustomerKey() {
    assertThat(facts.one(EncryptionAtRest.class, encryptedVolume).keyRef()).contains(":key/");
  }

  @Test
  void volume_isSingleZoneBlockStorage() {
    assertThat(facts.one(DataStore.class, plainVolume)).matches(d -> d.kind() == StoreKind.BLOCK_STORAGE
        && d.multiZone().is(false));
  }

  @Test
  void snapshotOfEncryptedVolume_isEncrypted() {
    assertThat(facts.one(EncryptionAtRest.class, snapshot).enabled().is(true)).isTrue();
  }

  @Test
  void ebsEncryptionByDefault_isAccountDefault() {
    assertThat(facts.all(EncryptionAtRest.class, e -> e.store() == StoreKind.ACCOUNT_DEFAULT)).singleElement()
        .matches(e -> e.enabled().is(true));
  }

  @Test
  void volume_isLabelledByItsNameTagWithItsTags() {
    assertThat(facts.one(cloudscan.core.fact.ResourceLabel.class, plainVolume)).matches(l -> "residents-db".equals(l.name())
        && l.tags().is(java.util.Map.of("Name", "residents-db", "backup", "daily")));
  }
}
