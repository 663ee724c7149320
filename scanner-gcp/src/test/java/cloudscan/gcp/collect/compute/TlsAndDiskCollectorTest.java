package cloudscan.gcp.collect.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Residency;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TlsAndDiskCollectorTest {

  static final String C = "https://www.googleapis.com/compute/v1/projects/city-sandbox/";

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected tls(String policy) {
    fake.get("/compute/v1/projects/city-sandbox/global/sslPolicies", """
        {"items": [{"name": "strict", "profile": "RESTRICTED", "minTlsVersion": "TLS_1_2", "selfLink": "%sglobal/sslPolicies/strict",
          "enabledFeatures": ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]}]}""".formatted(C))
        .get("/compute/v1/projects/city-sandbox/aggregated/targetHttpsProxies", """
            {"items": {"global": {"targetHttpsProxies": [{"name": "web", "selfLink": "%sglobal/targetHttpsProxies/web"%s}]}}}"""
            .formatted(C, policy))
        .get("/compute/v1/projects/city-sandbox/global/targetSslProxies", "{}");
    Collected out = new Collected();
    new TlsCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  @Test
  void deniedSslPolicyList_isAFailedRead() {
    fake.fail("/compute/v1/projects/city-sandbox/global/sslPolicies", 403, GcpFake.denied("compute.sslPolicies.list"));
    assertThatThrownBy(() -> new TlsCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), new Collected()))
        .isInstanceOf(GcpCall.GcpCallException.class);
  }

  @Test
  void proxyWithATls12Policy_hasItsMinimumAndSuites() {
    TlsPolicy t = tls(", \"sslPolicy\": \"" + C + "global/sslPolicies/strict\"").one(TlsPolicy.class, "/targetHttpsProxies/web");
    assertThat(t.minVersion()).isEqualTo(TlsVersion.TLS1_2);
    assertThat(t.protocols().isNotOffered()).isTrue();
    assertThat(t.cipherSuites()).isEqualTo(Known.of(java.util.List.of("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")));
  }

  @Test
  void proxyWithoutAPolicy_usesGooglesDefault_tls10() {
    TlsPolicy t = tls("").one(TlsPolicy.class, "/targetHttpsProxies/web");
    assertThat(t.minVersion()).isEqualTo(TlsVersion.TLS1_0);
    assertThat(t.policyName()).isEqualTo(TlsCollector.DEFAULT_POLICY);
  }

  @Test
  void proxyWithAPolicyThatWasNotListed_isUnknown_neverTheDefault() {
    TlsPolicy t = tls(", \"sslPolicy\": \"" + C + "regions/asia-northeast1/sslPolicies/regional\"")
        .one(TlsPolicy.class, "/targetHttpsProxies/web");
    assertThat(t.minVersion()).isEqualTo(TlsVersion.UNKNOWN);
  }

  private Collected disks(String disk, String snapshot) {
    fake.get("/compute/v1/projects/city-sandbox/aggregated/disks", "{\"items\": {\"zones/x\": {\"disks\": [" + disk + "]}}}")
        .get("/compute/v1/projects/city-sandbox/global/snapshots", "{\"items\": [" + snapshot + "]}");
    Collected out = new Collected();
    new DiskCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  @Test
  void zonalDiskWithCmek_andRegionalDiskAcrossTwoZones() {
    Collected out = disks("""
        {"name": "z", "zone": "%szones/asia-northeast1-a", "selfLink": "%szones/asia-northeast1-a/disks/z",
         "diskEncryptionKey": {"kmsKeyName": "projects/city-sandbox/locations/asia-northeast1/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1"}},
        {"name": "r", "region": "%sregions/asia-northeast1", "selfLink": "%sregions/asia-northeast1/disks/r",
         "replicaZones": ["%szones/asia-northeast1-a", "%szones/asia-northeast1-b"]}""".formatted(C, C, C, C, C, C), "");
    assertThat(out.one(EncryptionAtRest.class, "/disks/z").keyRef()).isEqualTo("projects/city-sandbox/locations/asia-northeast1/keyRings/r/cryptoKeys/k");
    assertThat(out.one(Located.class, "/disks/z").zone()).isEqualTo(Known.of("asia-northeast1-a"));
    assertThat(out.one(DataStore.class, "/disks/z").multiZone()).isEqualTo(Known.of(false));
    assertThat(out.one(DataStore.class, "/disks/r").multiZone()).isEqualTo(Known.of(true));
    assertThat(out.one(EncryptionAtRest.class, "/disks/r").keyRef()).isNull();
  }

  @Test
  void snapshotInTheAsiaMultiRegion_isAbroad_inTokyoItIsJapan() {
    Collected out = disks("", """
        {"name": "multi", "storageLocations": ["asia"], "selfLink": "%sglobal/snapshots/multi"},
        {"name": "tokyo", "storageLocations": ["asia-northeast1"], "selfLink": "%sglobal/snapshots/tokyo"}""".formatted(C, C));
    assertThat(out.one(Located.class, "/snapshots/multi").residency()).isEqualTo(Residency.ABROAD);
    assertThat(out.one(Located.class, "/snapshots/tokyo").residency()).isEqualTo(Residency.JAPAN);
  }
}
