package cloudscan.aws.collect;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.ReadOperations.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadOperationsTest {

  @ParameterizedTest
  @CsvSource({"Ec2, DescribeSecurityGroups", "kms, ListKeys", "S3, GetBucketEncryption",
      "Inspector2, BatchGetAccountStatus", "sts, AssumeRole", "Sts, GetCallerIdentity",
      "S3Control, GetPublicAccessBlock", "CloudWatchLogs, DescribeLogGroups"})
  void listedOperation_isAllowed(String service, String operation) {
    assertThat(ReadOperations.allows(service, operation)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"ec2, CreateSecurityGroup", "s3, PutBucketPolicy", "cloudtrail, DeleteTrail",
      "s3, GetObject", "secretsmanager, GetSecretValue", "ssm, GetParametersByPath", "sts, GetSessionToken",
      "ec2, DescribeLaunchTemplateVersions", "iam, GetAccountAuthorizationDetails", "kms, DescribeSecurityGroups", "ec2, Listen"})
  void unlistedOperation_isRefusedEvenIfItLooksLikeARead(String service, String operation) {
    assertThat(ReadOperations.allows(service, operation)).isFalse();
  }

  @Test
  void missingNames_areRefused() {
    assertThat(ReadOperations.allows(null, "DescribeVpcs") || ReadOperations.allows("ec2", null)).isFalse();
  }

  @Test
  void deniedNames_areNeverListed() {
    assertThat(ReadOperations.ALL).extracting(Operation::name).doesNotContainAnyElementsOf(ReadOperations.DENIED);
  }

  @Test
  void everyListedOperation_isAReadOrSignIn() {
    assertThat(ReadOperations.ALL).extracting(Operation::name)
        .allMatch(n -> n.matches("(Describe|List|Get|BatchGet)[A-Z].*|AssumeRole|GenerateCredentialReport"));
  }

  @Test
  void s3_usesItsOwnIamActionNames() {
    assertThat(ReadOperations.ALL).filteredOn(o -> o.service().startsWith("s3"))
        .extracting(Operation::key, Operation::iamAction)
        .contains(
            org.assertj.core.groups.Tuple.tuple("s3:ListBuckets", "s3:ListAllMyBuckets"),
            org.assertj.core.groups.Tuple.tuple("s3:GetBucketEncryption", "s3:GetEncryptionConfiguration"),
            org.assertj.core.groups.Tuple.tuple("s3control:GetPublicAccessBlock", "s3:GetAccountPublicAccessBlock"),
            org.assertj.core.groups.Tuple.tuple("s3:GetPublicAccessBlock", "s3:GetBucketPublicAccessBlock"));
  }

  @Test
  void sdkServiceNames_mapToIamPrefixes() {
    assertThat(ReadOperations.iamActions())
        .contains("logs:DescribeLogGroups", "elasticloadbalancing:DescribeSSLPolicies", "kms:GetKeyPolicy")
        .noneMatch(a -> a.startsWith("cloudwatchlogs:") || a.startsWith("elasticloadbalancingv2:")
            || a.startsWith("s3control:"));
  }

  @Test
  void iamActions_areSortedAndDistinct() {
    assertThat(ReadOperations.iamActions()).isSorted().doesNotHaveDuplicates();
  }
}
