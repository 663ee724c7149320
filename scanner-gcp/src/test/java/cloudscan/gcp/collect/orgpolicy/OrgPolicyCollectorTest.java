package cloudscan.gcp.collect.orgpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.fact.LocationGuardrail;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrgPolicyCollectorTest {

  static final String PATH = "/v2/projects/city-sandbox/policies/gcp.resourceLocations:getEffectivePolicy";

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect(String policy) {
    fake.get(PATH, policy);
    Collected out = new Collected();
    new OrgPolicyCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  @Test
  void japanLocationsValueGroup_isAJapanOnlyGuardrail() {
    LocationGuardrail g = collect("""
        {"name": "projects/111/policies/gcp.resourceLocations",
         "spec": {"rules": [{"values": {"allowedValues": ["in:japan-locations"]}}]}}""").all(LocationGuardrail.class).get(0);
    assertThat(g.japanOnly()).isTrue();
    assertThat(g.enforced()).isTrue();
  }

  @Test
  void explicitListWithAUsRegion_isNotJapanOnly() {
    LocationGuardrail g = collect("""
        {"spec": {"rules": [{"values": {"allowedValues": ["is:asia-northeast1", "us-central1"]}}]}}""")
        .all(LocationGuardrail.class).get(0);
    assertThat(g.allowedLocations()).containsExactly("asia-northeast1", "us-central1");
    assertThat(g.japanOnly()).isFalse();
  }

  @Test
  void allowAllOrNoPolicy_isNoGuardrail() {
    assertThat(collect("{\"spec\": {\"rules\": [{\"allowAll\": true}]}}").all(LocationGuardrail.class)).isEmpty();
    fake.server().resetMappings();
    assertThat(collect("{\"name\": \"projects/111/policies/gcp.resourceLocations\"}").all(LocationGuardrail.class)).isEmpty();
  }

  @Test
  void onlyDeniedValues_allowEverythingElse() {
    LocationGuardrail g = collect("""
        {"spec": {"rules": [{"values": {"deniedValues": ["in:us-locations"]}}]}}""").all(LocationGuardrail.class).get(0);
    assertThat(g.japanOnly()).isFalse();
  }
}
