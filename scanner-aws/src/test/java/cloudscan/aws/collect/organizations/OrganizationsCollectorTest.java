package cloudscan.aws.collect.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.LocationGuardrail;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Target;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

@ExtendWith(MotoExtension.class)
class OrganizationsCollectorTest {

  private static final String JAPAN_ONLY = """
      {"Version":"2012-10-17","Statement":[{"Sid":"DenyOutsideJapan","Effect":"Deny",
        "NotAction":["iam:*","organizations:*","sts:*","support:*","cloudfront:*"],"Resource":"*",
        "Condition":{"StringNotEquals":{"aws:RequestedRegion":["ap-northeast-1","ap-northeast-3"]}}}]}""";
  private static final String JAPAN_AND_VIRGINIA = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*",
        "Condition":{"StringNotEquals":{"aws:RequestedRegion":["ap-northeast-1","ap-northeast-3","us-east-1"]}}}]}""";

  private static AwsClients clients;
  private static Collected beforeOrganization;
  private static Collected management;
  private static Collected japanMember;
  private static Collected rootMember;

  @BeforeAll
  static void seedAndScan() {
    try (AwsClients before = MotoAws.scanClients()) {
      beforeOrganization = MotoAws.collect(new OrganizationsCollector(before), MotoAws.global());
    }
    clients = MotoAws.scanClients();
    OrganizationsClient org = MotoAws.seed(OrganizationsClient.class, OrganizationsClient::builder, "us-east-1");
    org.createOrganization(r -> r.featureSet("ALL"));
    String root = org.listRoots().roots().get(0).id();
    org.enablePolicyType(r -> r.rootId(root).policyType("SERVICE_CONTROL_POLICY"));
    String ou = org.createOrganizationalUnit(r -> r.parentId(root).name("japan")).organizationalUnit().id();
    String inJapanOu = givenAccount(org, "japan-member");
    org.moveAccount(r -> r.accountId(inJapanOu).sourceParentId(root).destinationParentId(ou));
    String underRoot = givenAccount(org, "root-member");
    attach(org, "japan-only", JAPAN_ONLY, ou);
    attach(org, "japan-and-virginia", JAPAN_AND_VIRGINIA, root);
    management = MotoAws.collect(new OrganizationsCollector(clients), MotoAws.global());
    japanMember = MotoAws.collect(new OrganizationsCollector(clients), member(inJapanOu));
    rootMember = MotoAws.collect(new OrganizationsCollector(clients), member(underRoot));
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  private static String givenAccount(OrganizationsClient org, String name) {
    return org.createAccount(r -> r.accountName(name).email(name + "@example.jp")).createAccountStatus().accountId();
  }

  private static void attach(OrganizationsClient org, String name, String content, String targetId) {
    String id = org.createPolicy(r -> r.name(name).description(name).type("SERVICE_CONTROL_POLICY").content(content))
        .policy().policySummary().id();
    org.attachPolicy(r -> r.policyId(id).targetId(targetId));
  }

  /** A member account scanned through the organization (moto signs every request as the manager). */
  private static Target member(String account) {
    clients.register(account, MotoAws.CREDENTIALS);
    return new Target(new Scope(Cloud.AWS, account, ResourceRef.GLOBAL));
  }

  @Test
  void noOrganization_isNoGuardrail() {
    assertThat(beforeOrganization.facts()).isEmpty();
  }

  @Test
  void noOrganization_isAnAnswerNotAGap() {
    assertThat(beforeOrganization.gaps()).isEmpty();
  }

  @Test
  void memberUnderJapanOu_isEnforcedJapanOnlyAsIntersectionOfInheritedScps() {
    assertThat(japanMember.all(LocationGuardrail.class)).singleElement().matches(g -> g.enforced() && g.japanOnly()
        && g.allowedLocations().equals(List.of("ap-northeast-1", "ap-northeast-3")));
  }

  @Test
  void memberUnderRootOnly_allowsVirginiaToo() {
    assertThat(rootMember.all(LocationGuardrail.class)).singleElement().matches(g -> g.enforced() && !g.japanOnly()
        && g.allowedLocations().contains("us-east-1"));
  }

  @Test
  void guardrail_namesTheScannedAccount() {
    assertThat(japanMember.all(LocationGuardrail.class).get(0).resource().account())
        .isNotEqualTo(MotoAws.ACCOUNT).matches(a -> a.matches("\\d{12}"));
  }

  @Test
  void managementAccount_isNotBoundBySCPs() {
    assertThat(management.all(LocationGuardrail.class)).singleElement().matches(g -> !g.enforced());
  }
}
