package cloudscan.aws.collect.s3;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.PublicEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/** Account-level Block Public Access that decides alone: no per-bucket access reads. */
@ExtendWith(MotoExtension.class)
class S3AccountBlockTest {

  private static AwsClients clients;
  private static Collected facts;

  @BeforeAll
  static void seedAndScan() {
    S3Client s3 = MotoAws.seed(S3Client.class, S3Client::builder);
    s3.createBucket(r -> r.bucket("anything").createBucketConfiguration(c -> c.locationConstraint(MotoAws.REGION)));
    s3.putBucketPolicy(r -> r.bucket("anything").policy("""
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject",
          "Resource":"arn:aws:s3:::anything/*"}]}"""));
    MotoAws.seed(S3ControlClient.class, S3ControlClient::builder).putPublicAccessBlock(r -> r
        .accountId(MotoAws.ACCOUNT).publicAccessBlockConfiguration(c -> c.blockPublicAcls(true)
            .ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(true)));
    clients = MotoAws.scanClients();
    facts = MotoAws.collect(new S3Collector(clients), MotoAws.global());
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  @Test
  void accountBlockingEverything_makesEveryBucketPrivate() {
    assertThat(facts.one(PublicEndpoint.class, ":::anything").publiclyReachable().is(false)).isTrue();
  }

  @Test
  void accountBlockingEverything_skipsPerBucketAccessReads() {
    assertThat(clients.apiCalls()).doesNotContainKeys("s3:GetPublicAccessBlock", "s3:GetBucketAcl",
        "s3:GetBucketPolicyStatus");
  }
}
