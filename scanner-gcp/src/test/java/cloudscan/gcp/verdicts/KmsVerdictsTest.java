package cloudscan.gcp.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Status;
import cloudscan.core.engine.Finding;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.FakeEstate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cloud KMS keys read as the REST API returns them, judged by the core crypto checks. */
class KmsVerdictsTest {

  private static final String KEYS = "/v1/projects/city-prod/locations/asia-northeast1/keyRings/main/cryptoKeys";
  private static final String RING = "projects/city-prod/locations/asia-northeast1/keyRings/main/cryptoKeys/";

  /**
   * A Cloud EKM key reached over the internet (protection level EXTERNAL) is always manually
   * managed: "Automatic rotation of key material is not supported" (EkmConnection.KeyManagementMode
   * MANUAL; key management from Cloud KMS exists only for EKM through a VPC). Cloud KMS cannot
   * rotate it, so crypto.key-rotation-off must advise manual rotation (WARN), not FAIL it for a
   * setting the customer cannot turn on.
   */
  @Test
  void anExternalKeyOverTheInternet_cannotBeRotatedByCloudKms_soItIsNoRotationFail() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake.get(KEYS, """
        {"cryptoKeys": [{"name": "%sekm",
          "primary": {"name": "%sekm/cryptoKeyVersions/1", "state": "ENABLED", "protectionLevel": "EXTERNAL",
            "algorithm": "EXTERNAL_SYMMETRIC_ENCRYPTION",
            "externalProtectionLevelOptions": {"externalKeyUri": "https://ekm.example.jp/v0/keys/4f2a"},
            "createTime": "2026-01-10T00:00:00Z", "generateTime": "2026-01-10T00:00:00Z"},
          "purpose": "ENCRYPT_DECRYPT", "createTime": "2026-01-10T00:00:00Z",
          "versionTemplate": {"protectionLevel": "EXTERNAL", "algorithm": "EXTERNAL_SYMMETRIC_ENCRYPTION"},
          "destroyScheduledDuration": "2592000s"}], "totalSize": 1}""".formatted(RING, RING)));
    List<Finding> ekm = scan.findings("crypto.key-rotation-off", FakeEstate.PROD).stream()
        .filter(f -> f.resource().id().endsWith("/cryptoKeys/ekm")).toList();
    assertThat(ekm).as("crypto.key-rotation-off for an EXTERNAL (Cloud EKM over the internet) key: %s",
        EstateScan.describe(ekm)).isNotEmpty().allMatch(f -> f.status() == Status.WARN);
  }

  /**
   * An asymmetric key has no primary: every ENABLED version can be used. Here version 2 is
   * RSA_DECRYPT_OAEP_3072_SHA1, a confirmed NG row of the CRYPTREC table (OAEP with SHA-1), next
   * to a good version 1. A caller can decrypt with the SHA-1 version today, so the key must FAIL
   * crypto.key-too-weak exactly as a key with only that version does; joining the algorithms into
   * one name the table does not know turns the confirmed NG into "needs review".
   */
  @Test
  void anAsymmetricKeyWithAnEnabledSha1Version_failsLikeAKeyWithOnlyThatVersion() throws Exception {
    String key = "projects/city-dev/locations/asia-northeast1/keyRings/main/cryptoKeys/legacy-wrap";
    EstateScan scan = EstateScan.of(fake -> fake.get("/v1/" + key + "/cryptoKeyVersions", """
        {"cryptoKeyVersions": [
          {"name": "%s/cryptoKeyVersions/1", "state": "ENABLED", "protectionLevel": "SOFTWARE",
           "algorithm": "RSA_DECRYPT_OAEP_3072_SHA256", "createTime": "2025-01-10T00:00:00Z"},
          {"name": "%s/cryptoKeyVersions/2", "state": "ENABLED", "protectionLevel": "SOFTWARE",
           "algorithm": "RSA_DECRYPT_OAEP_3072_SHA1", "createTime": "2026-01-10T00:00:00Z"}],
         "totalSize": 2}""".formatted(key, key)));
    List<Finding> weak = scan.findings("crypto.key-too-weak", FakeEstate.DEV).stream()
        .filter(f -> f.resource().id().endsWith("/cryptoKeys/legacy-wrap")).toList();
    assertThat(weak).as("crypto.key-too-weak for a key whose enabled version 2 is RSA_DECRYPT_OAEP_3072_SHA1: %s",
        EstateScan.describe(weak)).isNotEmpty().allMatch(f -> f.status() == Status.FAIL);
  }
}
