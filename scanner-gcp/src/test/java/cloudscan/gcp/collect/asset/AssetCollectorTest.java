package cloudscan.gcp.collect.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Residency;
import cloudscan.core.snapshot.GapKind;
import cloudscan.gcp.collect.GcpErrors;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AssetCollectorTest {

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect(String body) {
    fake.get("/v1/projects/city-sandbox:searchAllResources", body);
    Collected out = new Collected();
    new AssetCollector(GcpTesting.context(fake, Map.of("123456789012", "city-sandbox"))).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  @Test
  void assetApiNotEnabled_isAGapNamingTheApi_notAnEmptyProject() {
    fake.fail("/v1/projects/city-sandbox:searchAllResources", 403, GcpFake.disabled("cloudasset.googleapis.com", "projects/123456789012"));
    Throwable t = catchThrowable(() -> new AssetCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"),
        new Collected()));
    assertThat(GcpErrors.describe(t).kind()).isEqualTo(GapKind.UNSUPPORTED);
    assertThat(GcpErrors.describe(t).message()).contains("cloudasset.googleapis.com");
  }

  @Test
  void resourcesAreLocated_byProjectId_withZones() {
    Collected out = collect("""
        {"results": [
          {"name": "//bigquery.googleapis.com/projects/city-sandbox/datasets/city", "assetType": "bigquery.googleapis.com/Dataset",
           "project": "projects/123456789012", "location": "asia-northeast1", "displayName": "city"},
          {"name": "//container.googleapis.com/projects/city-sandbox/zones/us-central1-a/clusters/c", "assetType": "container.googleapis.com/Cluster",
           "project": "projects/123456789012", "location": "us-central1-a"}]}""");
    Located bq = out.one(Located.class, "/datasets/city");
    assertThat(bq.resource().account()).isEqualTo("city-sandbox");
    assertThat(bq.inventory()).isTrue();
    assertThat(bq.residency()).isEqualTo(Residency.JAPAN);
    Located gke = out.one(Located.class, "/clusters/c");
    assertThat(gke.zone()).isEqualTo(Known.of("us-central1-a"));
    assertThat(gke.resource().location()).isEqualTo("us-central1");
    assertThat(gke.residency()).isEqualTo(Residency.ABROAD);
  }

  @Test
  void answeringAssetApi_isConfigurationRecording() {
    Collected out = collect("{}");
    assertThat(out.all(cloudscan.core.fact.SecurityService.class)).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(cloudscan.core.fact.SecurityService.Kind.CONFIG_RECORDING);
      assertThat(s.enabled()).isEqualTo(Known.of(true));
    });
  }

  @Test
  void typesTheirOwnCollectorsLocate_areLeftToThem() {
    Collected out = collect("""
        {"results": [{"name": "//storage.googleapis.com/dual", "assetType": "storage.googleapis.com/Bucket",
          "project": "projects/123456789012", "location": "asia"}]}""");
    assertThat(out.all(Located.class)).isEmpty();
  }
}
