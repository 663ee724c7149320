package cloudscan.aws.collect.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.aws.collect.lambda.LambdaCollector;
import cloudscan.aws.collect.sqs.SqsCollector;
import cloudscan.aws.testing.AwsJsonStub;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceLabel;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Residency from Resource Explorer's aggregator index. moto has no Resource Explorer: a loopback
 * stub serves the answers the API reference documents (fixtures under resourceexplorer/), and
 * anything else (the per-type list calls) gets an error, which proves whether they were made.
 */
class ResourceExplorerIndexTest {

  private static final String[] REGIONS = {"us-east-1", "us-west-2", "eu-west-1", "ap-northeast-1"};

  private final AwsJsonStub stub = AwsJsonStub.start();
  private AwsClients clients;

  @AfterEach
  void close() {
    clients.close();
    stub.close();
  }

  private void given(String indexes, String view) {
    for (String region : REGIONS) {
      stub.given(region, "/ListIndexes", "/resourceexplorer/" + indexes);
    }
    stub.given("us-east-1", "/GetDefaultView", "/resourceexplorer/get-default-view.json")
        .given("us-east-1", "/GetView", "/resourceexplorer/" + view)
        .given("us-east-1", "/ListSupportedResourceTypes", "/resourceexplorer/list-supported-resource-types.json")
        .given("us-east-1", "/ListResources", "/resourceexplorer/list-resources.json");
    clients = AwsClients.builder().credentials(MotoAws.CREDENTIALS).endpoint(stub.endpoint()).maxAttempts(1).build();
    clients.register(MotoAws.ACCOUNT, MotoAws.CREDENTIALS);
  }

  /** Runs the collector; a per-type list call reaches the stub, which refuses it. */
  private Collected collect(Function<AwsClients, InventoryCollector> collector, String region) {
    Collected out = new Collected();
    try {
      collector.apply(clients).collect(MotoAws.regional(region), out);
    } catch (RuntimeException perTypeCallRefusedByTheStub) {
      // the call was made: apiCalls() shows it
    }
    return out;
  }

  @Test
  void indexedRegionAndSupportedType_locatesFromTheIndexWithoutTheListCall() {
    given("list-indexes.json", "get-view.json");
    Collected out = collect(SqsCollector::new, "us-west-2");
    assertThat(out.one(Located.class, ":orders")).matches(l -> l.inventory() && l.resource().location().equals("us-west-2"));
    assertThat(out.one(ResourceLabel.class, ":orders").tags().value()).isEqualTo(Map.of("Name", "orders", "team", "data"));
    assertThat(out.all(Located.class)).hasSize(1); // the other account's queue is not this account's
    assertThat(clients.apiCalls()).doesNotContainKey("sqs:ListQueues");
  }

  @Test
  void regionWithoutAnIndex_isListedByTheServiceItself() {
    given("list-indexes.json", "get-view.json");
    collect(SqsCollector::new, "eu-west-1");
    assertThat(clients.apiCalls()).containsKey("sqs:ListQueues");
  }

  @Test
  void typeTheIndexDoesNotSupport_isListedByTheServiceItself() {
    given("list-indexes.json", "get-view.json");
    collect(LambdaCollector::new, "us-west-2");
    assertThat(clients.apiCalls()).containsKey("lambda:ListFunctions");
  }

  @Test
  void filteredDefaultView_isNotUsed() {
    given("list-indexes.json", "get-view-filtered.json");
    collect(SqsCollector::new, "us-west-2");
    assertThat(clients.apiCalls()).containsKey("sqs:ListQueues").doesNotContainKey("resourceexplorer2:ListResources");
  }

  @Test
  void localIndexesWithoutAnAggregator_areNotUsed() {
    given("list-indexes-local-only.json", "get-view.json");
    collect(SqsCollector::new, "ap-northeast-1");
    assertThat(clients.apiCalls()).containsKey("sqs:ListQueues").doesNotContainKey("resourceexplorer2:GetDefaultView");
  }

  @Test
  void indexIsReadOncePerAccount_whateverTheNumberOfRegionsAndTypes() {
    given("list-indexes.json", "get-view.json");
    collect(SqsCollector::new, "us-west-2");
    collect(SqsCollector::new, "ap-northeast-1");
    collect(LambdaCollector::new, "us-west-2");
    assertThat(clients.apiCalls()).containsEntry("resourceexplorer2:ListIndexes", 1L)
        .containsEntry("resourceexplorer2:ListResources", 1L).doesNotContainKey("sqs:ListQueues");
  }
}
