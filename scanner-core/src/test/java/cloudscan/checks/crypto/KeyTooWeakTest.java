package cloudscan.checks.crypto;

import static cloudscan.testkit.CryptoFacts.key;

import cloudscan.core.check.Thresholds;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.CryptoKey.KeyState;
import cloudscan.core.fact.CryptoKey.KeyUsage;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.CryptoFacts.KeyBuilder;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyTooWeakTest {

  private final CheckTester tester = CheckTester.of(new KeyTooWeak(CryptoTable.defaults()));

  static CryptoKey place(KeyBuilder b, String cloud, String id) {
    return switch (cloud) {
      case "aws" -> b.aws(id);
      case "azure" -> b.azure(id);
      case "gcp" -> b.gcp(id);
      default -> throw new IllegalArgumentException(cloud);
    };
  }

  static void expect(CheckTester.Run run, String status, String id) {
    switch (status) {
      case "PASS" -> run.expectPass(id).expectFail().expectWarn();
      case "FAIL" -> run.expectFail(id).expectPass().expectWarn();
      case "WARN" -> run.expectWarn(id).expectPass().expectFail();
      case "UNKNOWN" -> run.expectUnknownFor(id).expectPass().expectFail();
      default -> throw new IllegalArgumentException(status);
    }
  }

  @Test
  void sm2Key_fails() {
    tester.given(key("SM2").usage(KeyUsage.SIGN_VERIFY).aws("k-1")).expectFail("k-1");
  }

  @Test
  void rsa3072_passes() {
    tester.given(key("RSA_3072").aws("k-1")).expectPass("k-1").expectMessageContains("k-1", "CRYPTREC LS-0003");
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
      "aws, SYMMETRIC_DEFAULT, PASS",
      "aws, RSA_2048, PASS",
      "aws, RSA_3072, PASS",
      "aws, RSA_4096, PASS",
      "aws, ECC_NIST_P256, PASS",
      "aws, ECC_NIST_P384, PASS",
      "aws, ECC_NIST_P521, PASS",
      "aws, ECC_NIST_EDWARDS25519, PASS",
      "aws, ECC_SECG_P256K1, WARN",
      "aws, HMAC_224, WARN",
      "aws, HMAC_256, PASS",
      "aws, HMAC_512, PASS",
      "aws, SM2, FAIL",
      "aws, ML_DSA_44, WARN",
      "aws, ML_DSA_87, WARN",
      "azure, RSA 2048, PASS",
      "azure, RSA-HSM 3072, PASS",
      "azure, RSA 4096, PASS",
      "azure, RSA 1024, FAIL",
      "azure, EC P-256, PASS",
      "azure, EC-HSM P-521, PASS",
      "azure, EC P-256K, WARN",
      "azure, oct-HSM 256, PASS",
      "gcp, GOOGLE_SYMMETRIC_ENCRYPTION, PASS",
      "gcp, AES_256_GCM, PASS",
      "gcp, AES_256_KWP, WARN",
      "gcp, RSA_SIGN_PSS_2048_SHA256, PASS",
      "gcp, RSA_SIGN_PKCS1_3072_SHA256, PASS",
      "gcp, RSA_SIGN_RAW_PKCS1_3072, WARN",
      "gcp, RSA_DECRYPT_OAEP_4096_SHA256, PASS",
      "gcp, RSA_DECRYPT_OAEP_2048_SHA1, FAIL",
      "gcp, RSA_DECRYPT_OAEP_4096_SHA1, FAIL",
      "gcp, EC_SIGN_P256_SHA256, PASS",
      "gcp, EC_SIGN_ED25519, PASS",
      "gcp, EC_SIGN_SECP256K1_SHA256, WARN",
      "gcp, HMAC_SHA1, FAIL",
      "gcp, HMAC_SHA224, WARN",
      "gcp, HMAC_SHA384, PASS",
      "gcp, ML_KEM_768, PASS",
      "gcp, KEM_XWING, WARN",
      "gcp, PQ_SIGN_ML_DSA_65, WARN",
      "gcp, EXTERNAL_SYMMETRIC_ENCRYPTION, WARN"})
  void specMatrix(String cloud, String spec, String status) {
    expect(tester.given(place(key(spec), cloud, "k-1")), status, "k-1");
  }

  @ParameterizedTest(name = "versions {0} → {1}")
  @CsvSource({
      "RSA_DECRYPT_OAEP_3072_SHA1+RSA_DECRYPT_OAEP_3072_SHA256, FAIL",
      "EC_SIGN_P256_SHA256+EC_SIGN_SECP256K1_SHA256, WARN",
      "EC_SIGN_P256_SHA256+RSA_SIGN_PSS_2048_SHA256, PASS",
      "EC_SIGN_P256_SHA256+NOT_IN_THE_TABLE, WARN"})
  void aKeyWithUsableVersionsOfDifferentTypes_isAsWeakAsItsWeakest(String spec, String status) {
    expect(tester.given(key(spec).gcp("k-1")), status, "k-1");
  }

  @ParameterizedTest(name = "{0} {1} after 2030 → {2}")
  @CsvSource({
      "aws, RSA_2048, FAIL",
      "aws, RSA_3072, PASS",
      "azure, RSA-HSM 2048, FAIL",
      "azure, EC P-256, PASS",
      "gcp, RSA_DECRYPT_OAEP_2048_SHA256, FAIL",
      "gcp, RSA_SIGN_RAW_PKCS1_2048, FAIL",
      "gcp, RSA_SIGN_RAW_PKCS1_3072, WARN"})
  void specMatrixFrom2031(String cloud, String spec, String status) {
    expect(tester.at("2031-01-01T00:00:00Z").given(place(key(spec), cloud, "k-1")), status, "k-1");
  }

  @Test
  void rsa2048OnLastDayOf2030_passesWithMigrationNote() {
    tester.at("2030-12-31T23:59:59Z").given(key("RSA_2048").aws("k-1"))
        .expectPass("k-1")
        .expectMessageContains("k-1", "112-bit")
        .expectMessageContains("k-1", "plan migration")
        .expectMessageContains("k-1", "LS-0003");
  }

  @Test
  void rsa2048From2031_fails() {
    tester.at("2031-01-01T00:00:00Z").given(key("RSA_2048").aws("k-1"))
        .expectFail("k-1")
        .expectMessageContains("k-1", "2030-12-31");
  }

  @Test
  void tightenedThreshold_movesTheBoundary() {
    tester.withThresholds(Thresholds.DEFAULTS.with("strength112EndsAfter", "2026-03-31"))
        .given(key("RSA_2048").aws("k-1"))
        .expectFail("k-1");
  }

  @ParameterizedTest(name = "{0} {1} with {2} → {3}")
  @CsvSource({
      "aws, RSA_3072, RSAES_OAEP_SHA_1, WARN",
      "aws, RSA_3072, RSAES_OAEP_SHA_256, PASS",
      "aws, RSA_4096, RSASSA_PSS_SHA_256, PASS",
      "aws, HMAC_256, HMAC_SHA_256, PASS",
      "azure, RSA 3072, RSA-OAEP, WARN",
      "azure, RSA 3072, RSA1_5, WARN",
      "azure, RSA 3072, RSA-OAEP-256, PASS",
      "gcp, RSA_DECRYPT_OAEP_3072_SHA256, SOMETHING_NEW, PASS"})
  void allowedAlgorithmMatrix(String cloud, String spec, String algorithm, String status) {
    expect(tester.given(place(key(spec).algorithms(algorithm), cloud, "k-1")), status, "k-1");
  }

  @Test
  void awsRsaKeyAllowingOaepSha1_isNoFalseFail_warnsWithTheKeyPolicyRemedy() {
    tester.given(key("RSA_3072").algorithms("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256").aws("k-1"))
        .expectWarn("k-1").expectFail()
        .expectMessageContains("k-1", "RSAES_OAEP_SHA_1")
        .expectMessageContains("k-1", "kms:EncryptionAlgorithm is not RSAES_OAEP_SHA_256");
  }

  @Test
  void awsRsaKeyWhosePolicyDeniesOaepSha1_passes() {
    tester.given(key("RSA_3072").algorithms("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256")
            .permitted("RSAES_OAEP_SHA_256").aws("k-1"))
        .expectPass("k-1").expectMessageContains("k-1", "key policy forbids RSAES_OAEP_SHA_1");
  }

  @Test
  void awsRsaKeyWhosePolicyCouldNotBeRead_warnsSayingSo() {
    tester.given(key("RSA_3072").algorithms("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256").policyUnread().aws("k-1"))
        .expectWarn("k-1").expectMessageContains("k-1", "key policy could not be read");
  }

  @Test
  void rsaKeyWhoseAllowedAlgorithmsWereNotReported_isUnknown_neverPass() {
    tester.given(key("RSA_3072").algorithmsUnread().aws("k-1")).expectUnknownFor("k-1").expectPass();
  }

  @Test
  void keyVaultKey_hasNoPerKeyAlgorithmList_judgedByTypeSizeAndCurve() {
    tester.given(key("RSA-HSM 3072").algorithmsNotOffered().azure("k-1"), key("RSA 1024").algorithmsNotOffered().azure("k-2"))
        .expectPass("k-1").expectFail("k-2");
  }

  @Test
  void unknownSpecWithNgAlgorithm_needsReview() {
    tester.given(key("RSA 8192").algorithms("RSA1_5").azure("k-1")).expectWarn("k-1").expectFail();
  }

  @Test
  void unconfirmedNgRow_isWarn_onlyConfirmedNgFails() {
    tester.given(key("HMAC_224").aws("k-1"), key("SM2").aws("k-2")).expectWarn("k-1").expectFail("k-2");
  }

  @Test
  void symmetricDefaultInChinaRegion_isSm4_fails() {
    tester.given(key("SYMMETRIC_DEFAULT").in("cn-north-1").aws("k-cn"), key("SYMMETRIC_DEFAULT").aws("k-jp"))
        .expectFail("k-cn")
        .expectPass("k-jp")
        .expectMessageContains("k-cn", "SM4");
  }

  @Test
  void reviewSpec_warnsNamingTheReason() {
    tester.given(key("ECC_SECG_P256K1").usage(KeyUsage.SIGN_VERIFY).aws("k-1"))
        .expectWarn("k-1")
        .expectMessageContains("k-1", "needs review")
        .expectMessageContains("k-1", "secp256k1");
  }

  @Test
  void unconfirmedOkSpec_warns() {
    tester.given(key("EC_SIGN_SECP256K1_SHA256").gcp("k-1"))
        .expectWarn("k-1")
        .expectMessageContains("k-1", "needs review");
  }

  @Test
  void specNotInTable_warns() {
    tester.given(key("RSA_1536").aws("k-1"))
        .expectWarn("k-1")
        .expectMessageContains("k-1", "not in the CRYPTREC table");
  }

  @Test
  void specCaseDoesNotMatter() {
    tester.given(key("rsa_3072").aws("k-1"), key("ec p-384").azure("k-2")).expectPass("k-1", "k-2");
  }

  @Test
  void pendingDeletion_isNotJudged() {
    tester.given(key("SM2").state(KeyState.PENDING_DELETION).aws("k-1")).expectNotApplicable();
  }

  @Test
  void disabledWeakKey_stillFails() {
    tester.given(key("SM2").state(KeyState.DISABLED).aws("k-1")).expectFail("k-1");
  }

  @Test
  void nullSpec_isUnknown() {
    tester.given(key(null).aws("k-1")).expectUnknownFor("k-1").expectPass();
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(CryptoKey.class, Refs.awsTokyoScope()).expectUnknown();
  }

  @Test
  void gapInOneRegion_addsUnknownBesidePassElsewhere() {
    tester.given(key("RSA_3072").aws("k-1"))
        .andGap(CryptoKey.class, "aws/111122223333/ap-northeast-3")
        .expectPass("k-1")
        .expectUnknownFor("aws/111122223333/ap-northeast-3");
  }
}
