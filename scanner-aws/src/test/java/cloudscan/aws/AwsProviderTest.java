package cloudscan.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.aws.testing.MotoServer;
import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderException;
import cloudscan.core.provider.ProviderSession;
import cloudscan.core.fact.SkipCause;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/** Sign-in and region planning against moto (which lists all 38 regions of every partition). */
@ExtendWith(MotoExtension.class)
class AwsProviderTest {

  @BeforeAll
  static void testKeys() {
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
  }

  @AfterAll
  static void clearKeys() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  private static ProviderSession open(List<String> locations) throws ProviderException {
    return new AwsProvider().open(new ProviderConfig(locations, MotoServer.get().endpoint(), 2,
        Map.of("region", "ap-northeast-1", "max-attempts", "1")));
  }

  @Test
  void narrowedScan_targetsTheRegionAndGlobal() throws Exception {
    try (ProviderSession s = open(List.of("ap-northeast-1"))) {
      assertThat(s.targets()).map(Target::toString)
          .containsExactly("aws/123456789012/ap-northeast-1", "aws/123456789012/global");
    }
  }

  @Test
  void identity_isTheCallerArn() throws Exception {
    try (ProviderSession s = open(List.of("ap-northeast-1"))) {
      assertThat(s.identity()).isEqualTo("arn:aws:sts::123456789012:user/moto");
    }
  }

  @Test
  void chinaRegion_isSkippedAsOtherPartition() throws Exception {
    try (ProviderSession s = open(List.of())) {
      assertThat(s.skipped()).filteredOn(k -> k.location().equals("cn-north-1")).singleElement()
          .matches(k -> k.cause() == SkipCause.OTHER_PARTITION && k.account().equals("123456789012"));
    }
  }

  @Test
  void optInRegionNotEnabled_isSkippedWithReason() throws Exception {
    try (ProviderSession s = open(List.of())) {
      assertThat(s.skipped()).filteredOn(k -> k.location().equals("ap-east-1")).singleElement()
          .matches(k -> k.cause() == SkipCause.NOT_ENABLED);
    }
  }

  @Test
  void unknownLocation_failsListingValidOnes() {
    assertThatThrownBy(() -> open(List.of("mars-north-1")))
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("mars-north-1").hasMessageContaining("ap-northeast-3");
  }

  @Test
  void orgRole_addsEveryActiveMemberAccount() throws Exception {
    OrganizationsClient org = MotoAws.seed(OrganizationsClient.class, OrganizationsClient::builder, "us-east-1");
    org.createOrganization(r -> r.featureSet("ALL"));
    String member = org.createAccount(r -> r.email("member@example.org").accountName("member"))
        .createAccountStatus().accountId();
    try (ProviderSession s = new AwsProvider().open(new ProviderConfig(List.of("ap-northeast-1"),
        MotoServer.get().endpoint(), 2, Map.of("region", "ap-northeast-1", "max-attempts", "1",
            "org-role", "OrganizationAccountAccessRole")))) {
      assertThat(s.targets()).map(Target::toString).contains("aws/" + member + "/global");
    }
  }

  @Test
  void signIn_isCounted() throws Exception {
    try (ProviderSession s = open(List.of("ap-northeast-1"))) {
      assertThat(s.apiCalls()).containsKeys("sts:GetCallerIdentity", "ec2:DescribeRegions");
    }
  }
}
