package cloudscan.aws.collect.config;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.SecurityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(MotoExtension.class)
class ConfigCollectorTest {

  private static AwsClients clients;
  private static Collected tokyo;
  private static Collected osaka;
  private static Collected oregon;

  @BeforeAll
  static void seedAndScan() {
    ConfigClient config = MotoAws.seed(ConfigClient.class, ConfigClient::builder);
    config.putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
        .roleARN("arn:aws:iam::123456789012:role/config").recordingGroup(g -> g.allSupported(true)
            .includeGlobalResourceTypes(true))));
    MotoAws.seed(S3Client.class, S3Client::builder).createBucket(r -> r.bucket("config-bucket")
        .createBucketConfiguration(c -> c.locationConstraint(MotoAws.REGION)));
    config.putDeliveryChannel(r -> r.deliveryChannel(d -> d.name("default").s3BucketName("config-bucket")));
    config.startConfigurationRecorder(r -> r.configurationRecorderName("default"));
    ConfigClient west = MotoAws.seed(ConfigClient.class, ConfigClient::builder, "us-west-2");
    west.putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
        .roleARN("arn:aws:iam::123456789012:role/config").recordingGroup(g -> g.allSupported(false)
            .exclusionByResourceTypes(x -> x.resourceTypesWithStrings("AWS::EC2::NetworkInterface"))
            .recordingStrategy(st -> st.useOnly("EXCLUSION_BY_RESOURCE_TYPES")))));
    west.putDeliveryChannel(r -> r.deliveryChannel(d -> d.name("default").s3BucketName("config-bucket")));
    west.startConfigurationRecorder(r -> r.configurationRecorderName("default"));
    clients = MotoAws.scanClients();
    tokyo = MotoAws.collect(new ConfigCollector(clients), MotoAws.regional());
    osaka = MotoAws.collect(new ConfigCollector(clients), MotoAws.regional("ap-northeast-3"));
    oregon = MotoAws.collect(new ConfigCollector(clients), MotoAws.regional("us-west-2"));
  }

  @AfterAll
  static void close() {
    if (clients != null) {
      clients.close();
    }
  }

  @Test
  void startedRecorder_isRecording() {
    assertThat(tokyo.all(SecurityService.class)).singleElement().matches(s -> s.enabled().is(true));
  }

  @Test
  void regionWithoutRecorder_isNotRecording() {
    assertThat(osaka.all(SecurityService.class)).singleElement().matches(s -> s.enabled().is(false));
  }

  @Test
  void recorderExcludingResourceTypes_doesNotRecordEverything() {
    assertThat(oregon.all(SecurityService.class)).singleElement().matches(s -> s.enabled().is(false));
  }
}
