package cloudscan.gcp.collect.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.fact.Principal;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceAccountKeyCollectorTest {

  static final String SA = "ci@city-sandbox.iam.gserviceaccount.com";

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void deniedKeyList_isAFailedRead_neverNoKeys() {
    fake.get("/v1/projects/city-sandbox/serviceAccounts", "{\"accounts\": [{\"name\": \"projects/city-sandbox/serviceAccounts/" + SA
        + "\", \"email\": \"" + SA + "\"}]}")
        .fail("/v1/projects/city-sandbox/serviceAccounts/" + SA + "/keys", 403, GcpFake.denied("iam.serviceAccountKeys.list"));
    assertThatThrownBy(() -> new ServiceAccountKeyCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"),
        new Collected())).isInstanceOf(GcpCall.GcpCallException.class);
  }

  @Test
  void userManagedKeys_withTheirAge_disabledOnesInactive() {
    fake.get("/v1/projects/city-sandbox/serviceAccounts", "{\"accounts\": [{\"name\": \"projects/city-sandbox/serviceAccounts/" + SA
        + "\", \"email\": \"" + SA + "\"}]}")
        .get("/v1/projects/city-sandbox/serviceAccounts/" + SA + "/keys", """
            {"keys": [{"name": "projects/city-sandbox/serviceAccounts/%s/keys/old", "validAfterTime": "2025-01-01T00:00:00Z"},
              {"name": "projects/city-sandbox/serviceAccounts/%s/keys/off", "validAfterTime": "2026-01-01T00:00:00Z", "disabled": true}]}"""
            .formatted(SA, SA));
    Collected out = new Collected();
    new ServiceAccountKeyCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    Principal p = out.one(Principal.class, SA);
    assertThat(p.kind()).isEqualTo(Principal.Kind.SERVICE_ACCOUNT);
    assertThat(p.accessKeys().value()).extracting(Principal.AccessKey::id, Principal.AccessKey::active, Principal.AccessKey::created)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("old", true, Instant.parse("2025-01-01T00:00:00Z")),
            org.assertj.core.groups.Tuple.tuple("off", false, Instant.parse("2026-01-01T00:00:00Z")));
    assertThat(fake.requests()).anySatisfy(r -> assertThat(r.getUrl()).contains("keyTypes=USER_MANAGED"));
  }
}
