package cloudscan.gcp.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Status;
import cloudscan.core.engine.Finding;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.FakeEstate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * city-prod serves HTTPS through a global external Application Load Balancer (its fixture has
 * target HTTPS proxies). Cloud Asset's searchAllResources lists that load balancer's pieces, all
 * with location {@code global}: target HTTPS proxy, URL map, backend service, health check, global
 * forwarding rule. The URL map and the health check are pure configuration and hold no data, like the networks, firewalls, routes
 * and SSL policies that AssetCollector.HOLDS_NO_DATA already skips; yet each is located and judged
 * a "global service: needs review", so the compliant project can no longer meet 1.1 once the
 * fake returns what a real Asset inventory returns (the proxy, forwarding rule and backend
 * service, where TLS ends and CDN may cache, are left out of this proof on purpose).
 */
class GlobalLoadBalancerConfigResidencyTest {

  private static final String ASSET = """
      {"results": [
        {"name": "//bigquery.googleapis.com/projects/city-prod/datasets/residents", "assetType": "bigquery.googleapis.com/Dataset",
         "project": "projects/100000000001", "displayName": "residents", "location": "asia-northeast1"},
        {"name": "//compute.googleapis.com/projects/city-prod/global/urlMaps/portal", "assetType": "compute.googleapis.com/UrlMap",
         "project": "projects/100000000001", "displayName": "portal", "location": "global"},
        {"name": "//compute.googleapis.com/projects/city-prod/global/healthChecks/portal-hc", "assetType": "compute.googleapis.com/HealthCheck",
         "project": "projects/100000000001", "displayName": "portal-hc", "location": "global"}]}""";

  @Test
  void loadBalancerConfigurationHoldsNoData_isNotAResidencyWarning() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake.get("/v1/projects/city-prod:searchAllResources", ASSET));
    List<Finding> lb = scan.findings("residency.outside-japan", FakeEstate.PROD).stream()
        .filter(f -> f.resource().id().contains("/global/")).toList();
    assertThat(lb).as("residency.outside-japan on city-prod's URL map and health check: %s", EstateScan.describe(lb))
        .noneMatch(f -> f.status() == Status.WARN || f.status() == Status.FAIL);
  }
}
