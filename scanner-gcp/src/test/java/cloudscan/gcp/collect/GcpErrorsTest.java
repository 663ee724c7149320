package cloudscan.gcp.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cloudscan.core.provider.GapInfo;
import cloudscan.core.snapshot.GapKind;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import com.google.logging.v2.ListSinksResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SERVICE_DISABLED and IAM_PERMISSION_DENIED are both 403 PERMISSION_DENIED; only the error body's
 * ErrorInfo tells them apart (gax-httpjson leaves getReason() empty), on every transport.
 */
class GcpErrorsTest {

  private final GcpFake fake = new GcpFake();
  private final GcpClients clients = GcpTesting.clients(fake, Map.of());
  private final GcpContext ctx = new GcpContext(clients, Map.of());

  @AfterEach
  void stop() {
    clients.close();
    fake.close();
  }

  private GapInfo kmsFailure(String body) {
    fake.fail("/v1/projects/city-sandbox/locations/global/keyRings", body.contains("\"code\": 401") ? 401 : 403, body);
    return GcpErrors.describe(catchThrowable(() -> GcpCall.list("cloudkms.keyRings.list",
        () -> ctx.gapic().kms().listKeyRings("projects/city-sandbox/locations/global").iterateAll())));
  }

  @Test
  void gapicServiceDisabled_namesTheApiAndTheProjectToEnableItIn() {
    GapInfo g = kmsFailure(GcpFake.disabled("cloudkms.googleapis.com", "projects/999000999"));
    assertThat(g.kind()).isEqualTo(GapKind.UNSUPPORTED);
    assertThat(g.message()).contains("SERVICE_DISABLED", "cloudkms.googleapis.com", "projects/999000999",
        "gcloud services enable cloudkms.googleapis.com --project 999000999");
    assertThat(g.operation()).isEqualTo("cloudkms.keyRings.list");
  }

  @Test
  void gapicPermissionDenied_namesThePermission() {
    GapInfo g = kmsFailure(GcpFake.denied("cloudkms.keyRings.list"));
    assertThat(g.kind()).isEqualTo(GapKind.ACCESS_DENIED);
    assertThat(g.message()).contains("grant cloudkms.keyRings.list").doesNotContain("SERVICE_DISABLED");
  }

  @Test
  void restServiceDisabled_isTheSameGapAsOnGapic() {
    fake.fail("/v2/projects/city-sandbox/sinks", 403, GcpFake.disabled("logging.googleapis.com", "projects/111"));
    GapInfo g = GcpErrors.describe(catchThrowable(() -> GcpCall.get("logging.sinks.list",
        () -> clients.rest("logging").pages("/v2/projects/city-sandbox/sinks", Map.of(), ListSinksResponse.getDefaultInstance()))));
    assertThat(g.kind()).isEqualTo(GapKind.UNSUPPORTED);
    assertThat(g.message()).contains("logging.googleapis.com", "projects/111");
  }

  @Test
  void storagePermissionDenied_isAccessDenied() {
    fake.fail("/storage/v1/b", 403, GcpFake.denied("storage.buckets.list"));
    GapInfo g = GcpErrors.describe(catchThrowable(() -> GcpCall.list("storage.buckets.list",
        () -> clients.storage("city-sandbox").list().iterateAll())));
    assertThat(g.kind()).isEqualTo(GapKind.ACCESS_DENIED);
    assertThat(g.message()).contains("storage.buckets.list");
  }

  @Test
  void sqlAdminServiceDisabled_isUnsupportedNamingTheApi() {
    fake.fail("/v1/projects/city-sandbox/instances", 403, GcpFake.disabled("sqladmin.googleapis.com", "projects/111"));
    GapInfo g = GcpErrors.describe(catchThrowable(() -> GcpCall.get("cloudsql.instances.list", () -> {
      try {
        return clients.sqlAdmin().instances().list("city-sandbox").execute();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    })));
    assertThat(g.kind()).isEqualTo(GapKind.UNSUPPORTED);
    assertThat(g.message()).contains("sqladmin.googleapis.com");
  }

  @Test
  void rejectedToken_saysSo_notAMissingPermission() {
    GapInfo g = kmsFailure(GcpFake.error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.", null, null, null)
        .replace("403", "401"));
    assertThat(g.message()).contains("UNAUTHENTICATED").doesNotContain("grant");
  }

  @Test
  void refusedWrite_isAnErrorNamingTheCall() {
    GapInfo g = GcpErrors.describe(new ReadOnlyViolation("DELETE /storage/v1/b/x"));
    assertThat(g.kind()).isEqualTo(GapKind.ERROR);
    assertThat(g.operation()).isEqualTo("DELETE /storage/v1/b/x");
  }
}
