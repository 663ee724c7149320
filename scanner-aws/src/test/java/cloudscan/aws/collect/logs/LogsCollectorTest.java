package cloudscan.aws.collect.logs;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.Retention;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(MotoExtension.class)
class LogsCollectorTest {

  private static AwsClients clients;
  private static Collected facts;

  @BeforeAll
  static void seedAndScan() {
    CloudWatchLogsClient logs = MotoAws.seed(CloudWatchLogsClient.class, CloudWatchLogsClient::builder);
    logs.createLogGroup(r -> r.logGroupName("app"));
    logs.putRetentionPolicy(r -> r.logGroupName("app").retentionInDays(30));
    logs.createLogGroup(r -> r.logGroupName("trail-group"));
    MotoAws.seed(S3Client.class, S3Client::builder).createBucket(r -> r.bucket("trail-bucket")
        .createBucketConfiguration(c -> c.locationConstraint(MotoAws.REGION)));
    MotoAws.seed(CloudTrailClient.class, CloudTrailClient::builder).createTrail(r -> r.name("main")
        .s3BucketName("trail-bucket")
        .cloudWatchLogsLogGroupArn("arn:aws:logs:ap-northeast-1:123456789012:log-group:trail-group:*")
        .cloudWatchLogsRoleArn("arn:aws:iam::123456789012:role/trail-to-logs"));
    clients = MotoAws.scanClients();
    facts = MotoAws.collect(new LogsCollector(clients), MotoAws.regional());
  }

  @AfterAll
  static void close() {
    if (clients != null) {
      clients.close();
    }
  }

  @Test
  void groupWithRetention_keepsThatManyDays() {
    assertThat(facts.one(LogStore.class, "log-group:app").retention()).isEqualTo(Retention.days(30));
  }

  @Test
  void groupWithoutRetention_keepsForever() {
    assertThat(facts.one(LogStore.class, "log-group:trail-group").retention()).isEqualTo(Retention.unlimited());
  }

  @Test
  void groupFedByTrail_holdsAuditLogs() {
    assertThat(facts.one(LogStore.class, "log-group:trail-group").holdsAuditLogs()).isTrue();
  }

  @Test
  void applicationGroup_holdsNoAuditLogs() {
    assertThat(facts.one(LogStore.class, "log-group:app").holdsAuditLogs()).isFalse();
  }

  @Test
  void groupArn_hasNoWildcardSuffix() {
    assertThat(facts.one(Located.class, "log-group:app").resource().id())
        .isEqualTo("arn:aws:logs:ap-northeast-1:123456789012:log-group:app");
  }
}
