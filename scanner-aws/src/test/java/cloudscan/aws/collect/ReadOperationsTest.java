package cloudscan.aws.collect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOperationsTest {

  @ParameterizedTest
  @ValueSource(strings = {"DescribeSecurityGroups", "ListKeys", "GetBucketEncryption", "BatchGetAccountStatus",
      "LookupEvents", "GenerateCredentialReport", "AssumeRole", "GetCallerIdentity"})
  void readOrSignIn_isAllowed(String operation) {
    assertThat(ReadOperations.allows(operation)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CreateSecurityGroup", "PutBucketPolicy", "DeleteTrail", "AuthorizeSecurityGroupIngress",
      "GetObject", "GetSecretValue", "GetParametersByPath", "GetSessionToken", "Listen", "Getaway", ""})
  void writeOrDataRead_isRefused(String operation) {
    assertThat(ReadOperations.allows(operation)).isFalse();
  }
}
