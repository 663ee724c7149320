package cloudscan.azure.collect.resourcegraph;

import static cloudscan.azure.testing.AzureFake.SUB;
import static cloudscan.azure.testing.AzureFake.SUB2;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.collect.storage.StorageCollector;
import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.residency.ResourceOutsideJapan;
import cloudscan.core.check.Status;
import cloudscan.core.fact.Located;
import cloudscan.core.snapshot.GapKind;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResourceGraphCollectorTest {

  static final String GRAPH = "/providers/Microsoft.ResourceGraph/resources";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
    fake.answer("POST", GRAPH, 200, "resourcegraph/page1.json");
    fake.server().stubFor(fake.on("POST", GRAPH).atPriority(1)
        .withRequestBody(matchingJsonPath("$.options['$skipToken']"))
        .willReturn(AzureFake.json(200, AzureFake.fixture("resourcegraph/page2.json"))));
    for (String s : List.of(SUB, SUB2)) {
      fake.get("/subscriptions/" + s + "/providers/Microsoft.Authorization/permissions", "authorization/permissions-reader.json");
    }
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect(List<String> subs) {
    var clients = fake.clients();
    return Collected.run(clients, subs, new ResourceGraphCollector(clients));
  }

  @Test
  void deniedQuery_isAGap_andResidencyUnknownNeverPass() {
    fake.error("POST", GRAPH, 403, "AuthorizationFailed");
    Collected c = collect(List.of(SUB));
    assertThat(List.of(c.judge(new ResourceOutsideJapan()).has(Status.UNKNOWN), c.judge(new ResourceOutsideJapan()).has(Status.PASS)))
        .containsExactly(true, false);
  }

  @Test
  void aRoleThatCannotReadEveryType_makesResidencyAGap_neverACompleteInventory() {
    // False-MET case (review): Resource Graph returns only the types the identity may read.
    fake.get("/subscriptions/" + SUB + "/providers/Microsoft.Authorization/permissions", "authorization/permissions-narrow.json");
    Collected c = collect(List.of(SUB));
    assertThat(c.gaps()).singleElement().satisfies(g -> assertThat(List.of(g.kind(), g.message().contains("*/read")))
        .containsExactly(GapKind.ACCESS_DENIED, true));
    assertThat(c.judge(new ResourceOutsideJapan()).has(Status.UNKNOWN)).isTrue();
  }

  @Test
  void permissionsThatCannotBeRead_makeResidencyAGap() {
    fake.error("GET", "/subscriptions/" + SUB + "/providers/Microsoft.Authorization/permissions", 403, "AuthorizationFailed");
    Collected c = collect(List.of(SUB));
    assertThat(c.gaps()).singleElement().satisfies(g -> assertThat(g.operation())
        .isEqualTo("authorization:Permissions_ListForSubscription"));
    assertThat(c.judge(new ResourceOutsideJapan()).has(Status.UNKNOWN)).isTrue();
  }

  @Test
  void readerOnEveryType_isACompleteInventory_noGap() {
    assertThat(collect(List.of(SUB)).gaps()).isEmpty();
  }

  @Test
  void everyResourceType_isLocated_andJudgedWhereItIs() {
    Collected c = collect(List.of(SUB, SUB2));
    assertThat(List.of(c.verdict(new ResourceOutsideJapan(), "virtualmachines/vm-web"),
        c.verdict(new ResourceOutsideJapan(), "databaseaccounts/cosmos-analytics"),
        c.verdict(new ResourceOutsideJapan(), "dnszones/fujisawa-vendor.example")))
        .containsExactly(Status.PASS, Status.FAIL, Status.WARN);
  }

  @Test
  void oneQueryPagedWithTheSkipToken_coversEverySubscription() {
    Collected c = collect(List.of(SUB, SUB2));
    assertThat(List.of(fake.count("POST", "resourcegraph"), c.all(Located.class).size(),
        c.one(Located.class, "dnszones/fujisawa-vendor.example").resource().account()))
        .containsExactly(2L, 4, SUB2);
  }

  @Test
  void theServiceReadingWins_onceCaseIsIgnored() {
    fake.get("/subscriptions/" + SUB + "/providers/Microsoft.Storage/storageAccounts", "storage/accounts.json");
    var clients = fake.clients();
    Collected c = Collected.run(clients, List.of(SUB), new ResourceGraphCollector(clients), new StorageCollector(clients));
    assertThat(c.judge(new ResourceOutsideJapan()).findings().stream()
        .filter(f -> f.resource().id().endsWith("storageaccounts/stjuminhyo")).count()).isEqualTo(1L);
  }
}
