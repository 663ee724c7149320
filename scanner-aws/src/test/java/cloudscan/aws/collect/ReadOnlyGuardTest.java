package cloudscan.aws.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(MotoExtension.class)
class ReadOnlyGuardTest {

  private AwsClients clients;
  private Ec2Client ec2;

  @BeforeEach
  void open() {
    clients = MotoAws.scanClients();
    ec2 = clients.client(MotoAws.regional(), Ec2Client.class, Ec2Client::builder);
  }

  @AfterEach
  void close() {
    clients.close();
  }

  @Test
  void write_isRefusedBeforeSending() {
    assertThatThrownBy(() -> ec2.createSecurityGroup(r -> r.groupName("intruder").description("x")))
        .isInstanceOf(ReadOnlyViolation.class)
        .hasMessageContaining("ec2:CreateSecurityGroup");
  }

  @Test
  void refusedWrite_leavesNoGroupBehind() {
    try {
      ec2.createSecurityGroup(r -> r.groupName("intruder").description("x"));
    } catch (ReadOnlyViolation expected) {
      // the assertion is on moto's state below
    }
    assertThat(ec2.describeSecurityGroups().securityGroups()).noneMatch(g -> g.groupName().equals("intruder"));
  }

  @Test
  void refusedWrite_isNotCountedAsApiCall() {
    try {
      ec2.createSecurityGroup(r -> r.groupName("intruder").description("x"));
    } catch (ReadOnlyViolation expected) {
      // counted below
    }
    assertThat(clients.apiCalls()).doesNotContainKey("ec2:CreateSecurityGroup");
  }

  @Test
  void read_passesAndIsCounted() {
    ec2.describeVpcs();
    assertThat(clients.apiCalls()).containsEntry("ec2:DescribeVpcs", 1L);
  }

  @Test
  void getObject_isRefusedAlthoughItStartsWithGet() {
    S3Client seed = MotoAws.seed(S3Client.class, S3Client::builder);
    seed.createBucket(r -> r.bucket("city-data").createBucketConfiguration(c -> c.locationConstraint(MotoAws.REGION)));
    seed.putObject(r -> r.bucket("city-data").key("residents.csv"), RequestBody.fromString("name,address"));
    S3Client s3 = clients.client(MotoAws.regional(), S3Client.class, S3Client::builder);
    assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket("city-data").key("residents.csv")))
        .isInstanceOf(ReadOnlyViolation.class)
        .hasMessageContaining("s3:GetObject");
  }

  @Test
  void unlistedDescribe_isRefused() {
    // launch template versions carry user data, where people put secrets: not on the list
    assertThatThrownBy(() -> ec2.describeLaunchTemplateVersions(r -> r.launchTemplateId("lt-0123456789abcdef0")))
        .isInstanceOf(ReadOnlyViolation.class)
        .hasMessageContaining("ec2:DescribeLaunchTemplateVersions");
  }

  @Test
  void getSecretValue_isRefused() {
    ExecutionAttributes call = ExecutionAttributes.builder()
        .put(SdkExecutionAttribute.SERVICE_NAME, "SecretsManager")
        .put(SdkExecutionAttribute.OPERATION_NAME, "GetSecretValue")
        .build();
    assertThatThrownBy(() -> new ReadOnlyGuard().beforeExecution(null, call))
        .isInstanceOf(ReadOnlyViolation.class)
        .hasMessageContaining("secretsmanager:GetSecretValue");
  }
}
