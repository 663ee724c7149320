package cloudscan.aws.collect.costexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.aws.testing.MotoServer;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Residency;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Last month's usage by region and service as a residency tripwire (moto answers what it is given). */
@ExtendWith(MotoExtension.class)
class CostExplorerCollectorTest {

  private static final String ANSWER = """
      [{"ResultsByTime":[{"TimePeriod":{"Start":"2026-10-01","End":"2026-11-01"},"Estimated":false,"Total":{},
        "Groups":[
          {"Keys":["us-west-2","Amazon Simple Storage Service"],
           "Metrics":{"UsageQuantity":{"Amount":"0.5","Unit":"N/A"},"UnblendedCost":{"Amount":"0","Unit":"USD"}}},
          {"Keys":["us-east-1","AWS Cost Explorer"],
           "Metrics":{"UsageQuantity":{"Amount":"2","Unit":"N/A"},"UnblendedCost":{"Amount":"0.02","Unit":"USD"}}},
          {"Keys":["ap-northeast-1","Amazon Elastic Compute Cloud - Compute"],
           "Metrics":{"UsageQuantity":{"Amount":"720","Unit":"N/A"},"UnblendedCost":{"Amount":"9.5","Unit":"USD"}}},
          {"Keys":["eu-west-1","Amazon DynamoDB"],
           "Metrics":{"UsageQuantity":{"Amount":"0","Unit":"N/A"},"UnblendedCost":{"Amount":"0","Unit":"USD"}}}]}],
        "DimensionValueAttributes":[]}]""";

  private static AwsClients clients;
  private static Collected facts;

  @BeforeAll
  static void seedAndScan() {
    MotoServer.get().queueCostAndUsage(ANSWER);
    clients = MotoAws.scanClients();
    facts = MotoAws.collect(new CostExplorerCollector(clients), MotoAws.global());
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  @Test
  void freeTierUsageAbroad_isEvidenceOfResourcesThere() {
    assertThat(facts.one(Located.class, "usage/us-west-2/Amazon Simple Storage Service"))
        .matches(l -> l.inventory() && l.residency() == Residency.ABROAD && l.resource().location().equals("us-west-2"));
  }

  @Test
  void globalServicesBilledInVirginiaAndUsageInJapan_locateNothing() {
    assertThat(facts.all(Located.class)).singleElement().matches(l -> l.resource().location().equals("us-west-2"));
  }

  @Test
  void regionsWithUsage_areNotedForTheSession() {
    assertThat(clients.note(CostExplorerCollector.USAGE_NOTE + MotoAws.ACCOUNT)).contains(
        Set.of("us-west-2", "us-east-1", "ap-northeast-1"));
  }

  @Test
  void scanNotSignedInAsAManagementAccount_asksPerAccount() {
    try (AwsClients delegated = MotoAws.scanClients()) {
      delegated.note(CostExplorerCollector.ORG_CALLER_NOTE, MotoAws.ACCOUNT); // no organization in moto here
      MotoServer.get().queueCostAndUsage(ANSWER);
      MotoAws.collect(new CostExplorerCollector(delegated), MotoAws.global());
      assertThat(delegated.apiCalls()).containsEntry("costexplorer:GetCostAndUsage", 1L)
          .containsKey("organizations:DescribeOrganization");
    }
  }

  @Test
  void oneRequestPerAccount() {
    assertThat(clients.apiCalls()).containsEntry("costexplorer:GetCostAndUsage", 1L);
  }
}
