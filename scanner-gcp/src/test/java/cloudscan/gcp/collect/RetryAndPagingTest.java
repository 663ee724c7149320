package cloudscan.gcp.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import com.google.cloud.compute.v1.Firewall;
import com.google.cloud.storage.Bucket;
import com.google.logging.v2.ListBucketsResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 429 RESOURCE_EXHAUSTED is retried with backoff, and lists follow nextPageToken, on every transport. */
class RetryAndPagingTest {

  private final GcpFake fake = new GcpFake();
  private final GcpClients clients = GcpTesting.clients(fake, Map.of());
  private final GcpContext ctx = new GcpContext(clients, Map.of());

  @AfterEach
  void stop() {
    clients.close();
    fake.close();
  }

  @Test
  void gapicList_retries429_thenSucceeds() {
    fake.throttledThen("/compute/v1/projects/city-sandbox/global/firewalls", 2, "{\"items\": [{\"name\": \"fw\"}]}");
    List<Firewall> fws = GcpCall.list("compute.firewalls.list", () -> ctx.compute().firewalls().list("city-sandbox").iterateAll());
    assertThat(fws).extracting(Firewall::getName).containsExactly("fw");
    assertThat(fake.count("GET", "/compute/v1/projects/city-sandbox/global/firewalls")).isEqualTo(3);
  }

  @Test
  void restList_retries429_thenSucceeds() {
    fake.throttledThen("/v2/projects/city-sandbox/locations/-/buckets", 2, "{\"buckets\": [{\"name\": \"b\"}]}");
    List<ListBucketsResponse> pages = clients.rest("logging").pages("/v2/projects/city-sandbox/locations/-/buckets", Map.of(),
        ListBucketsResponse.getDefaultInstance());
    assertThat(pages.get(0).getBucketsList()).hasSize(1);
    assertThat(fake.count("GET", "/v2/projects/city-sandbox/locations/-/buckets")).isEqualTo(3);
  }

  @Test
  void storageList_retries429_thenSucceeds() {
    fake.throttledThen("/storage/v1/b", 1, "{\"items\": [{\"name\": \"b1\"}]}");
    List<Bucket> buckets = GcpCall.list("storage.buckets.list", () -> clients.storage("city-sandbox").list().iterateAll());
    assertThat(buckets).extracting(Bucket::getName).containsExactly("b1");
  }

  @Test
  void gapicList_followsNextPageToken() {
    String path = "/compute/v1/projects/city-sandbox/global/firewalls";
    fake.stub(get(urlPathEqualTo(path)).withQueryParam("pageToken", absent()),
        "{\"items\": [{\"name\": \"a\"}], \"nextPageToken\": \"t2\"}");
    fake.stub(get(urlPathEqualTo(path)).withQueryParam("pageToken", equalTo("t2")), "{\"items\": [{\"name\": \"b\"}]}");
    List<Firewall> fws = GcpCall.list("compute.firewalls.list", () -> ctx.compute().firewalls().list("city-sandbox").iterateAll());
    assertThat(fws).extracting(Firewall::getName).containsExactly("a", "b");
  }

  @Test
  void restList_followsNextPageToken() {
    String path = "/v2/projects/city-sandbox/locations/-/buckets";
    fake.stub(get(urlPathEqualTo(path)).withQueryParam("pageToken", absent()),
        "{\"buckets\": [{\"name\": \"a\"}], \"nextPageToken\": \"t2\"}");
    fake.stub(get(urlPathEqualTo(path)).withQueryParam("pageToken", equalTo("t2")), "{\"buckets\": [{\"name\": \"b\"}]}");
    List<ListBucketsResponse> pages = clients.rest("logging").pages(path, Map.of(), ListBucketsResponse.getDefaultInstance());
    assertThat(pages).hasSize(2);
    assertThat(pages.get(1).getBuckets(0).getName()).isEqualTo("b");
  }

  @Test
  void storageList_followsNextPageToken() {
    fake.stub(get(urlPathEqualTo("/storage/v1/b")).withQueryParam("pageToken", absent()),
        "{\"items\": [{\"name\": \"a\"}], \"nextPageToken\": \"t2\"}");
    fake.stub(get(urlPathEqualTo("/storage/v1/b")).withQueryParam("pageToken", equalTo("t2")),
        "{\"items\": [{\"name\": \"b\"}]}");
    List<Bucket> buckets = GcpCall.list("storage.buckets.list", () -> clients.storage("city-sandbox").list().iterateAll());
    assertThat(buckets).extracting(Bucket::getName).containsExactly("a", "b");
  }
}
