package cloudscan.gcp.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Status;
import cloudscan.core.snapshot.Gap;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.FakeEstate;
import cloudscan.gcp.testing.GcpFake;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A project that never enabled Cloud SQL Admin, Backup and DR or Certificate Manager: each read
 * answers SERVICE_DISABLED for the project itself. Where Cloud Asset lists none of that API's
 * resources, "none there" is the answer and no gap is left; where it lists one, the gap stays.
 */
class ApiOffInProjectTest {

  private static final String DEV = "projects/100000000002";
  private static final String SEARCH = "/v1/projects/city-dev:searchAllResources";

  private static Consumer<GcpFake> apisOff(String sqlAssets) {
    return fake -> fake
        .fail("/v1/projects/city-dev/instances", 403, GcpFake.disabled("sqladmin.googleapis.com", DEV))
        .fail("/v1/projects/city-dev/locations/-/backupVaults", 403, GcpFake.disabled("backupdr.googleapis.com", DEV))
        .fail("/v1/projects/city-dev/locations/-/backupPlans", 403, GcpFake.disabled("backupdr.googleapis.com", DEV))
        .fail("/v1/projects/city-dev/locations/-/backupPlanAssociations", 403, GcpFake.disabled("backupdr.googleapis.com", DEV))
        .fail("/v1/projects/city-dev/locations/-/certificates", 403, GcpFake.disabled("certificatemanager.googleapis.com", DEV))
        .stub(probe("sqladmin"), sqlAssets)
        .stub(probe("backupdr"), "{}")
        .stub(probe("certificatemanager"), "{}");
  }

  private static com.github.tomakehurst.wiremock.client.MappingBuilder probe(String api) {
    return WireMock.get(WireMock.urlPathEqualTo(SEARCH))
        .withQueryParam("assetTypes", WireMock.equalTo(api + "\\.googleapis\\.com/.*"));
  }

  @Test
  void apisOffWithNothingOfThemInAsset_leaveNoGap() throws Exception {
    EstateScan scan = EstateScan.of(apisOff("{}"));
    assertThat(scan.gapsOf(FakeEstate.DEV)).as("gaps: %s", scan.gapsOf(FakeEstate.DEV)).isEmpty();
    assertThat(scan.findings("exposure.public-endpoint-open", FakeEstate.DEV))
        .noneMatch(f -> f.resource().id().contains("cloudsql"));
    assertThat(scan.findings("residency.outside-japan", FakeEstate.DEV, Status.UNKNOWN)).isEmpty();
  }

  @Test
  void sqlAdminOffButAssetListsAnInstance_staysAGapNamingTheApi() throws Exception {
    EstateScan scan = EstateScan.of(apisOff("""
        {"results": [{"name": "//cloudsql.googleapis.com/projects/city-dev/instances/forgotten",
          "assetType": "sqladmin.googleapis.com/Instance", "project": "projects/100000000002", "location": "us-central1"}]}"""));
    assertThat(scan.gapsOf(FakeEstate.DEV)).extracting(Gap::service).containsExactly("sqladmin");
    assertThat(scan.gapsOf(FakeEstate.DEV).get(0).message()).contains("sqladmin.googleapis.com", "not enabled");
  }
}
