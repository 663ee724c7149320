package cloudscan.aws.collect.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.EncryptionAtRest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(MotoExtension.class)
class CloudTrailCollectorTest {

  private static AwsClients clients;
  private static Collected tokyo;
  private static Collected virginia;

  @BeforeAll
  static void seedAndScan() {
    MotoAws.seed(S3Client.class, S3Client::builder).createBucket(r -> r.bucket("trail-bucket")
        .createBucketConfiguration(c -> c.locationConstraint(MotoAws.REGION)));
    CloudTrailClient ct = MotoAws.seed(CloudTrailClient.class, CloudTrailClient::builder);
    ct.createTrail(r -> r.name("main").s3BucketName("trail-bucket").isMultiRegionTrail(true)
        .enableLogFileValidation(true).kmsKeyId("arn:aws:kms:ap-northeast-1:123456789012:key/abc"));
    ct.startLogging(r -> r.name("main"));
    ct.putEventSelectors(r -> r.trailName("main").eventSelectors(s -> s.readWriteType("All")
        .includeManagementEvents(true)));
    ct.createTrail(r -> r.name("quiet").s3BucketName("trail-bucket"));
    clients = MotoAws.scanClients();
    clients.scanning(java.util.List.of(MotoAws.regional(), MotoAws.regional("us-east-1")));
    tokyo = MotoAws.collect(new CloudTrailCollector(clients), MotoAws.regional());
    virginia = MotoAws.collect(new CloudTrailCollector(clients), MotoAws.regional("us-east-1"));
  }

  @AfterAll
  static void close() {
    if (clients != null) {
      clients.close();
    }
  }

  @Test
  void multiRegionTrail_isCompleteAuditTrail() {
    assertThat(tokyo.one(AuditTrail.class, ":trail/main")).matches(t -> t.allLocations()
        && t.logging().is(true) && t.integrityValidation().is(true) && t.managementEvents().is(true));
  }

  @Test
  void trailDestination_isBucketArn() {
    assertThat(tokyo.one(AuditTrail.class, ":trail/main").destination().value()).isEqualTo("arn:aws:s3:::trail-bucket");
  }

  @Test
  void stoppedTrailWithoutSelectors_isNotLoggingNorRecordingManagementEvents() {
    assertThat(tokyo.one(AuditTrail.class, ":trail/quiet"))
        .matches(t -> t.logging().is(false) && t.managementEvents().is(false) && !t.allLocations());
  }

  @Test
  void multiRegionTrail_isNotRepeatedOutsideItsHomeRegion() {
    assertThat(virginia.all(AuditTrail.class)).isEmpty();
  }

  @Test
  void trailWithKmsKey_logsEncryptedWithCustomerKey() {
    assertThat(tokyo.one(EncryptionAtRest.class, ":trail/main").keyRef()).endsWith(":key/abc");
  }

  @Test
  void trailHomedInAnUnscannedRegion_isReportedOnceFromAScannedRegion() {
    // Only the Japanese regions are scanned; "main" is homed in Tokyo, so from Osaka's point of
    // view its home is not scanned only when Tokyo is left out: scan Osaka alone.
    AwsClients osakaOnly = MotoAws.scanClients();
    try {
      osakaOnly.scanning(java.util.List.of(MotoAws.regional("ap-northeast-3")));
      Collected osaka = MotoAws.collect(new CloudTrailCollector(osakaOnly), MotoAws.regional("ap-northeast-3"));
      assertThat(osaka.one(AuditTrail.class, ":trail/main")).matches(t -> t.allLocations()
          && t.logging().is(true) && t.managementEvents().is(true)
          && t.resource().location().equals("ap-northeast-3"));
    } finally {
      osakaOnly.close();
    }
  }

  @Test
  void trailHomedInAScannedRegion_isNotRepeatedElsewhere() {
    AwsClients both = MotoAws.scanClients();
    try {
      both.scanning(java.util.List.of(MotoAws.regional(), MotoAws.regional("ap-northeast-3")));
      Collected osaka = MotoAws.collect(new CloudTrailCollector(both), MotoAws.regional("ap-northeast-3"));
      assertThat(osaka.all(AuditTrail.class)).isEmpty();
    } finally {
      both.close();
    }
  }
}
