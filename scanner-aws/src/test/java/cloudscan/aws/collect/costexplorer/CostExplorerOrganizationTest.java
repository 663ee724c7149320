package cloudscan.aws.collect.costexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.aws.testing.MotoServer;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Target;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * An {@code org-role} scan signed in as the management account asks Cost Explorer once for the
 * whole organization (moto answers what it is given; the answer is shaped as GroupBy
 * LINKED_ACCOUNT + REGION answers on AWS).
 */
@ExtendWith(MotoExtension.class)
class CostExplorerOrganizationTest {

  private static final String MEMBER = "210987654321";
  private static final String IDLE = "333344445555";
  private static final String ANSWER = """
      [{"ResultsByTime":[{"TimePeriod":{"Start":"2026-10-01","End":"2026-11-01"},"Estimated":false,"Total":{},
        "Groups":[
          {"Keys":["%1$s","ap-northeast-1"],
           "Metrics":{"UsageQuantity":{"Amount":"720","Unit":"N/A"},"UnblendedCost":{"Amount":"9.5","Unit":"USD"}}},
          {"Keys":["%2$s","eu-west-1"],
           "Metrics":{"UsageQuantity":{"Amount":"3","Unit":"N/A"},"UnblendedCost":{"Amount":"0","Unit":"USD"}}},
          {"Keys":["%2$s","NoRegion"],
           "Metrics":{"UsageQuantity":{"Amount":"1","Unit":"N/A"},"UnblendedCost":{"Amount":"1","Unit":"USD"}}}]}],
        "DimensionValueAttributes":[]}]""".formatted(MotoAws.ACCOUNT, MEMBER);

  private static AwsClients clients;
  private static Collected management;
  private static Collected member;
  private static Collected idle;

  @BeforeAll
  static void seedAndScan() {
    MotoAws.seed(OrganizationsClient.class, OrganizationsClient::builder, "us-east-1")
        .createOrganization(r -> r.featureSet("ALL"));
    MotoServer.get().queueCostAndUsage(ANSWER);
    clients = MotoAws.scanClients();
    clients.note(CostExplorerCollector.ORG_CALLER_NOTE, MotoAws.ACCOUNT);
    CostExplorerCollector ce = new CostExplorerCollector(clients);
    management = MotoAws.collect(ce, MotoAws.global());
    member = MotoAws.collect(ce, account(MEMBER));
    idle = MotoAws.collect(ce, account(IDLE));
  }

  private static Target account(String id) {
    return new Target(new Scope(Cloud.AWS, id, ResourceRef.GLOBAL));
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  @Test
  void wholeOrganization_costsOneRequest() {
    assertThat(clients.apiCalls()).containsEntry("costexplorer:GetCostAndUsage", 1L);
  }

  @Test
  void memberUsageAbroad_isLocatedInTheMembersAccount() {
    assertThat(member.one(Located.class, MEMBER + ":usage/eu-west-1"))
        .matches(l -> l.inventory() && l.resource().account().equals(MEMBER));
    assertThat(management.all(Located.class)).isEmpty();
  }

  @Test
  void memberWithoutUsage_isNotedAsUsingNoRegion() {
    assertThat(idle.facts()).isEmpty();
    assertThat(clients.note(CostExplorerCollector.USAGE_NOTE + IDLE)).contains(Set.of());
    assertThat(clients.note(CostExplorerCollector.USAGE_NOTE + MEMBER)).contains(Set.of("eu-west-1", "NoRegion"));
  }
}
