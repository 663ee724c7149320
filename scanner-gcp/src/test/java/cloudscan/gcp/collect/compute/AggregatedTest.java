package cloudscan.gcp.collect.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.fact.ComputeInstance;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Compute aggregated lists answer 200 when a zone or region cannot be reached: the scope carries
 * {@code warning.code UNREACHABLE} instead of items, and the response lists it in
 * {@code unreachables}. Empty scopes carry {@code NO_RESULTS_ON_PAGE}, which is no gap.
 */
class AggregatedTest {

  private static final String ZONE = "https://www.googleapis.com/compute/v1/projects/city-sandbox/zones/";
  private static final String VM = """
      {"name": "app-1", "zone": "%sasia-northeast1-b", "status": "RUNNING", "networkInterfaces": []}""".formatted(ZONE);

  private final GcpFake fake = new GcpFake();
  private final GcpContext ctx = GcpTesting.context(fake);

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected instances(String items, String unreachables) {
    fake.get("/compute/v1/projects/city-sandbox/aggregated/instances", """
        {"kind": "compute#instanceAggregatedList", "items": {%s}, "unreachables": [%s]}""".formatted(items, unreachables))
        .get("/compute/v1/projects/city-sandbox/global/networks", "{}")
        .get("/compute/v1/projects/city-sandbox/global/firewalls", "{}");
    Collected out = new Collected();
    new InstanceCollector(ctx).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  private static String warning(String scope, String code) {
    return """
        "%s": {"warning": {"code": "%s", "message": "...", "data": [{"key": "scope", "value": "%s"}]}}""".formatted(scope, code, scope);
  }

  @Test
  void emptyScopes_areNoGap() {
    Collected out = instances("\"zones/asia-northeast1-b\": {\"instances\": [" + VM + "]}, "
        + warning("zones/asia-northeast1-a", "NO_RESULTS_ON_PAGE"), "");
    assertThat(out.all(ComputeInstance.class)).hasSize(1);
    assertThat(out.gaps()).isEmpty();
  }

  @Test
  void anUnreachableZone_isAGap_andTheReachedOnesStillCount() {
    Collected out = instances("\"zones/asia-northeast1-b\": {\"instances\": [" + VM + "]}, "
        + warning("zones/europe-west1-b", "UNREACHABLE"), "\"zones/europe-west1-b\"");
    assertThat(out.all(ComputeInstance.class)).hasSize(1);
    assertThat(out.gaps()).singleElement().satisfies(g -> {
      assertThat(g.error().getMessage()).contains("zones/europe-west1-b");
      assertThat(g.kinds()).contains(ComputeInstance.class);
    });
  }

  @Test
  void onlyTheTopLevelListNamesTheScope_stillAGap() {
    Collected out = instances("\"zones/asia-northeast1-b\": {\"instances\": [" + VM + "]}", "\"regions/europe-west1\"");
    assertThat(out.gaps()).singleElement().satisfies(g -> assertThat(g.error().getMessage()).contains("regions/europe-west1"));
  }

  @Test
  void anUnreachableRegionInTheSubnetList_failsTheNetworkReading_neverPartialFlowLogs() {
    fake.get("/compute/v1/projects/city-sandbox/global/networks", "{}")
        .get("/compute/v1/projects/city-sandbox/aggregated/subnetworks", "{\"items\": {" + warning("regions/europe-west1",
            "UNREACHABLE") + "}, \"unreachables\": [\"regions/europe-west1\"]}");
    assertThatThrownBy(() -> new NetworkCollector(ctx).collect(GcpTesting.project("city-sandbox"), new Collected()))
        .hasMessageContaining("regions/europe-west1");
  }
}
