package cloudscan.gcp.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.snapshot.Gap;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.FakeEstate;
import cloudscan.gcp.testing.GcpFake;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;

/**
 * Cloud SQL Admin is off in city-dev, which still holds a forgotten Cloud SQL instance (disabling an
 * API does not delete its resources). Cloud Asset's search answers its first page of one with no
 * result but a nextPageToken (AIP-158: a service may return fewer results than the page size, an
 * empty page included; only an empty nextPageToken ends the collection); the instance is on the
 * next page. The probe reads the first page's result count only and calls the project "no Cloud
 * SQL": the SERVICE_DISABLED gap disappears and the instance is silently absent.
 */
class AssetProbeEmptyFirstPageTest {

  private static final String SEARCH = "/v1/projects/city-dev:searchAllResources";
  private static final String SQL_TYPES = "sqladmin\\.googleapis\\.com/.*";

  @Test
  void emptyFirstPageWithANextPageToken_isNotNone() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake
        .fail("/v1/projects/city-dev/instances", 403, GcpFake.disabled("sqladmin.googleapis.com", "projects/100000000002"))
        // first page (any token-less request); the later stub wins for page two
        .stub(WireMock.get(WireMock.urlPathEqualTo(SEARCH)).withQueryParam("assetTypes", WireMock.equalTo(SQL_TYPES)),
            "{\"nextPageToken\": \"p2\"}")
        .stub(WireMock.get(WireMock.urlPathEqualTo(SEARCH)).withQueryParam("assetTypes", WireMock.equalTo(SQL_TYPES))
            .withQueryParam("pageToken", WireMock.equalTo("p2")), """
            {"results": [{"name": "//cloudsql.googleapis.com/projects/city-dev/instances/forgotten",
              "assetType": "sqladmin.googleapis.com/Instance", "project": "projects/100000000002",
              "location": "us-central1"}]}"""));
    assertThat(scan.gapsOf(FakeEstate.DEV)).as("gaps: %s", scan.gapsOf(FakeEstate.DEV))
        .extracting(Gap::service).contains("sqladmin");
  }
}
