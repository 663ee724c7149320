package cloudscan.gcp.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import com.google.cloud.kms.v1.KeyRing;
import com.google.cloud.storage.BucketInfo;
import com.google.logging.v2.ListLogsResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every transport refuses a call that is not on the read list before anything is sent. */
class ReadOnlyGuardTest {

  private final GcpFake fake = new GcpFake();
  private final GcpClients clients = GcpTesting.clients(fake, Map.of());
  private final GcpContext ctx = new GcpContext(clients, Map.of());

  @AfterEach
  void stop() {
    clients.close();
    fake.close();
  }

  private static boolean refused(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ReadOnlyViolation) {
        return true;
      }
    }
    return false;
  }

  @Test
  void gapicWrite_isRefusedBeforeItIsSent() {
    Throwable t = catchThrowable(() -> ctx.gapic().kms().createKeyRing("projects/city-sandbox/locations/global", "ring",
        KeyRing.getDefaultInstance()));
    assertThat(refused(t)).as("refused by the guard: %s", t).isTrue();
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void computeDelete_isRefusedBeforeItIsSent() {
    Throwable t = catchThrowable(() -> ctx.compute().firewalls().deleteAsync("city-sandbox", "allow-ssh").get());
    assertThat(refused(t)).as("refused by the guard: %s", t).isTrue();
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void storageWrite_isRefusedBeforeItIsSent() {
    Throwable t = catchThrowable(() -> clients.storage("city-sandbox").create(BucketInfo.of("new-bucket")));
    assertThat(refused(t)).as("refused by the guard: %s", t).isTrue();
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void sqlAdminWrite_isRefusedBeforeItIsSent() {
    Throwable t = catchThrowable(() -> clients.sqlAdmin().instances().delete("city-sandbox", "db").execute());
    assertThat(refused(t)).as("refused by the guard: %s", t).isTrue();
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void restReadNotOnTheList_isRefused() {
    Throwable t = catchThrowable(() -> clients.rest("logging").pages("/v2/projects/city-sandbox/logs", Map.of(),
        ListLogsResponse.getDefaultInstance()));
    assertThat(refused(t)).as("refused by the guard: %s", t).isTrue();
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void readsOnTheList_goThrough_withTheToken_andAreCounted() {
    fake.get("/compute/v1/projects/city-sandbox/global/firewalls", "{\"items\": []}");
    GcpCall.list("compute.firewalls.list", () -> ctx.compute().firewalls().list("city-sandbox").iterateAll());
    assertThat(fake.requests()).hasSize(1);
    assertThat(fake.requests().get(0).getHeader("Authorization")).isEqualTo("Bearer " + GcpTesting.TOKEN);
    assertThat(clients.apiCalls()).containsEntry("compute:Firewalls/List", 1L);
  }

  @Test
  void everyReadOnTheList_isAReadMethod() {
    assertThat(ReadList.READS).allSatisfy(r -> {
      assertThat(r.http()).as(r.method()).isIn("GET", "POST");
      if (r.http().equals("POST")) {
        assertThat(r.path()).as("the only POST reads are getIamPolicy").endsWith(":getIamPolicy");
      }
      assertThat(r.permission().split(",")).allSatisfy(p -> assertThat(p).matches("[a-z]+\\.[a-zA-Z]+\\.(list|get|getIamPolicy|searchAllResources|getEffectiveFirewalls|listAssociations)"));
    });
  }
}
