package cloudscan.gcp.collect.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.CryptoKey.KeyProtection;
import cloudscan.core.fact.CryptoKey.KeyState;
import cloudscan.core.fact.CryptoKey.KeyUsage;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Residency;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KmsCollectorTest {

  static final String RING = "projects/city-sandbox/locations/asia-northeast1/keyRings/r1";

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect(String keys) {
    fake.get("/v1/projects/city-sandbox/locations", """
        {"locations": [{"name": "projects/city-sandbox/locations/asia-northeast1", "locationId": "asia-northeast1"}]}""")
        .get("/v1/projects/city-sandbox/locations/asia-northeast1/keyRings", """
            {"keyRings": [{"name": "%s", "createTime": "2024-01-01T00:00:00Z"}], "totalSize": 1}""".formatted(RING))
        .get("/v1/" + RING + "/cryptoKeys", keys);
    Collected out = new Collected();
    new KmsCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  private static String symmetric(String name, String extra) {
    return """
        {"cryptoKeys": [{"name": "%s/cryptoKeys/%s", "purpose": "ENCRYPT_DECRYPT",
          "primary": {"name": "%s/cryptoKeys/%s/cryptoKeyVersions/3", "state": "ENABLED",
            "protectionLevel": "HSM", "algorithm": "GOOGLE_SYMMETRIC_ENCRYPTION"},
          "versionTemplate": {"protectionLevel": "HSM", "algorithm": "GOOGLE_SYMMETRIC_ENCRYPTION"}%s}]}"""
        .formatted(RING, name, RING, name, extra);
  }

  @Test
  void deniedKeyList_isAFailedRead_notNoKeys() {
    fake.get("/v1/projects/city-sandbox/locations", "{\"locations\": [{\"locationId\": \"asia-northeast1\"}]}")
        .fail("/v1/projects/city-sandbox/locations/asia-northeast1/keyRings", 403, GcpFake.denied("cloudkms.keyRings.list"));
    assertThatThrownBy(() -> new KmsCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), new Collected()))
        .isInstanceOf(GcpCall.GcpCallException.class);
  }

  @Test
  void symmetricKeyWithRotation_isRotatingEveryNinetyDays() {
    CryptoKey k = collect(symmetric("rotating", """
        , "rotationPeriod": "7776000s", "nextRotationTime": "2027-01-01T00:00:00Z\"""")).one(CryptoKey.class, "/rotating");
    assertThat(k.resource().id()).isEqualTo(RING + "/cryptoKeys/rotating");
    assertThat(k.spec()).isEqualTo(Known.of("GOOGLE_SYMMETRIC_ENCRYPTION"));
    assertThat(k.usages()).isEqualTo(Known.of(Set.of(KeyUsage.ENCRYPT_DECRYPT)));
    assertThat(k.state()).isEqualTo(KeyState.ENABLED);
    assertThat(k.protection()).isEqualTo(KeyProtection.HSM);
    assertThat(k.rotation()).isEqualTo(Known.of(true));
    assertThat(k.rotationPeriodDays()).isEqualTo(Known.of(90));
  }

  @Test
  void symmetricKeyWithoutRotation_isNotRotating() {
    CryptoKey k = collect(symmetric("still", "")).one(CryptoKey.class, "/still");
    assertThat(k.rotation()).isEqualTo(Known.of(false));
  }

  @Test
  void asymmetricKey_takesItsAlgorithmFromItsVersions_andCannotRotate() {
    String key = RING + "/cryptoKeys/signer";
    fake.get("/v1/" + key + "/cryptoKeyVersions", """
        {"cryptoKeyVersions": [
          {"name": "%s/cryptoKeyVersions/1", "state": "ENABLED", "algorithm": "RSA_DECRYPT_OAEP_3072_SHA1", "protectionLevel": "SOFTWARE"},
          {"name": "%s/cryptoKeyVersions/2", "state": "DESTROYED", "algorithm": "RSA_DECRYPT_OAEP_2048_SHA256"}]}"""
        .formatted(key, key));
    CryptoKey k = collect("""
        {"cryptoKeys": [{"name": "%s", "purpose": "ASYMMETRIC_DECRYPT",
          "versionTemplate": {"protectionLevel": "SOFTWARE", "algorithm": "RSA_DECRYPT_OAEP_3072_SHA256"}}]}"""
        .formatted(key)).one(CryptoKey.class, "/signer");
    assertThat(k.spec()).isEqualTo(Known.of("RSA_DECRYPT_OAEP_3072_SHA1"));
    assertThat(k.rotation().isNotOffered()).isTrue();
    assertThat(k.state()).isEqualTo(KeyState.ENABLED);
    assertThat(k.resource().id()).doesNotContain("cryptoKeyVersions");
  }

  @Test
  void macKeyWithoutVersions_takesTheTemplateAlgorithm() {
    String key = RING + "/cryptoKeys/mac";
    fake.get("/v1/" + key + "/cryptoKeyVersions", "{}");
    CryptoKey k = collect("""
        {"cryptoKeys": [{"name": "%s", "purpose": "MAC",
          "versionTemplate": {"protectionLevel": "HSM", "algorithm": "HMAC_SHA224"}}]}""".formatted(key))
        .one(CryptoKey.class, "/mac");
    assertThat(k.spec()).isEqualTo(Known.of("HMAC_SHA224"));
    assertThat(k.usages()).isEqualTo(Known.of(Set.of(KeyUsage.MAC)));
  }

  @Test
  void algorithmTheClientDoesNotKnow_isUnknown_neverADefault() {
    CryptoKey k = collect("""
        {"cryptoKeys": [{"name": "%s/cryptoKeys/future", "purpose": "ENCRYPT_DECRYPT",
          "primary": {"name": "%s/cryptoKeys/future/cryptoKeyVersions/1", "state": "ENABLED",
            "protectionLevel": "QUANTUM_VAULT", "algorithm": "AES_512_FUTURE"}}]}""".formatted(RING, RING))
        .one(CryptoKey.class, "/future");
    assertThat(k.spec().isUnread()).isTrue();
    assertThat(k.protection()).isEqualTo(KeyProtection.UNKNOWN);
  }

  @Test
  void keysAreLocatedAtTheirRing_globalRingsToo() {
    Located l = collect(symmetric("rotating", "")).one(Located.class, "/rotating");
    assertThat(l.resource().location()).isEqualTo("asia-northeast1");
    assertThat(l.residency()).isEqualTo(Residency.JAPAN);
    assertThat(l.inventory()).isFalse();
  }
}
