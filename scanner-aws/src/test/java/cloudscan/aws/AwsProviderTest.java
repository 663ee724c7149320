package cloudscan.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.aws.testing.DenyingProxy;
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
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AlreadyInOrganizationException;

/** Sign-in and region planning against moto (which lists all 38 regions of every partition). */
@ExtendWith(MotoExtension.class)
class AwsProviderTest {

  private static final String JAPAN_ONLY = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:*","sts:*","organizations:*"],
        "Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":["ap-northeast-1","ap-northeast-3"]}}}]}""";

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
  void narrowedScan_targetsGlobalFirstThenTheRegion() throws Exception {
    try (ProviderSession s = open(List.of("ap-northeast-1"))) {
      assertThat(s.targets()).map(Target::toString)
          .containsExactly("aws/123456789012/global", "aws/123456789012/ap-northeast-1");
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
    OrganizationsClient org = givenOrganization();
    String member = org.createAccount(r -> r.email("member@example.org").accountName("member"))
        .createAccountStatus().accountId();
    try (ProviderSession s = new AwsProvider().open(new ProviderConfig(List.of("ap-northeast-1"),
        MotoServer.get().endpoint(), 2, Map.of("region", "ap-northeast-1", "max-attempts", "1",
            "org-role", "OrganizationAccountAccessRole")))) {
      assertThat(s.targets()).map(Target::toString).contains("aws/" + member + "/global");
    }
  }

  @Test
  void regionsLeftOutByRegions_areSkippedAsNotSelected() throws Exception {
    try (ProviderSession s = open(List.of("ap-northeast-1"))) {
      assertThat(s.skipped()).filteredOn(k -> k.location().equals("us-east-1")).singleElement()
          .matches(k -> k.cause() == SkipCause.NOT_SELECTED && k.cause().inEstate());
    }
  }

  @Test
  void memberUnderRegionDenyScp_hasEveryOtherRegionDeniedByGuardrailOnceWithEvidence() throws Exception {
    OrganizationsClient org = givenOrganization();
    org.createAccount(r -> r.email("denied@example.org").accountName("denied"));
    String root = org.listRoots(r -> { }).roots().get(0).id();
    org.enablePolicyType(r -> r.rootId(root).policyType("SERVICE_CONTROL_POLICY"));
    String scp = org.createPolicy(r -> r.name("japan-only").description("japan-only").type("SERVICE_CONTROL_POLICY")
        .content(JAPAN_ONLY)).policy().policySummary().id();
    org.attachPolicy(r -> r.policyId(scp).targetId(root));
    try (ProviderSession s = new AwsProvider().open(new ProviderConfig(List.of(), MotoServer.get().endpoint(), 2,
        Map.of("region", "ap-northeast-1", "max-attempts", "1", "org-role", "OrganizationAccountAccessRole")))) {
      String member = s.targets().stream().map(Target::account).filter(a -> !a.equals(MotoAws.ACCOUNT))
          .findFirst().orElseThrow();
      assertThat(s.skipped()).filteredOn(k -> k.account().equals(member) && k.location().equals("us-east-1"))
          .singleElement().matches(k -> k.cause() == SkipCause.DENIED_BY_GUARDRAIL
              && k.evidence().contains(scp) && k.evidence().contains("ap-northeast-1"));
      assertThat(s.targets()).map(Target::toString)
          .filteredOn(t -> t.startsWith("aws/" + member + "/")).containsExactlyInAnyOrder(
              "aws/" + member + "/global", "aws/" + member + "/ap-northeast-1", "aws/" + member + "/ap-northeast-3");
    }
  }

  private static OrganizationsClient givenOrganization() {
    OrganizationsClient org = MotoAws.seed(OrganizationsClient.class, OrganizationsClient::builder, "us-east-1");
    try {
      org.createOrganization(r -> r.featureSet("ALL"));
    } catch (AlreadyInOrganizationException already) {
      // created by another test of this class
    }
    return org;
  }

  @Test
  void guardrailUnreadable_regionRefusedByAnScpIsDeniedByGuardrailOnce_withTheRefusalAsEvidence() throws Exception {
    try (DenyingProxy proxy = DenyingProxy.start(MotoServer.get().endpoint(), Set.of("organizations"))
        .denyRegionByScp("eu-west-1");
        ProviderSession s = new AwsProvider().open(new ProviderConfig(List.of(), proxy.endpoint(), 2,
            Map.of("region", "ap-northeast-1", "max-attempts", "1")))) {
      assertThat(s.skipped()).filteredOn(k -> k.location().equals("eu-west-1")).singleElement()
          .matches(k -> k.cause() == SkipCause.DENIED_BY_GUARDRAIL
              && k.evidence().contains("explicit deny in a service control policy"));
      assertThat(s.targets()).map(Target::location).contains("us-east-1").doesNotContain("eu-west-1");
    }
  }

  @Test
  void signIn_isCounted() throws Exception {
    try (ProviderSession s = open(List.of("ap-northeast-1"))) {
      assertThat(s.apiCalls()).containsKeys("sts:GetCallerIdentity", "ec2:DescribeRegions");
    }
  }
}
