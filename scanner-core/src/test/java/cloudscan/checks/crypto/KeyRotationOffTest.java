package cloudscan.checks.crypto;

import static cloudscan.testkit.CryptoFacts.key;

import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.CryptoKey.KeyState;
import cloudscan.core.fact.CryptoKey.KeyUsage;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyRotationOffTest {

  private final CheckTester tester = CheckTester.of(new KeyRotationOff());

  @Test
  void symmetricKeyWithoutRotation_fails() {
    tester.given(key("SYMMETRIC_DEFAULT").rotation(false).aws("k-1")).expectFail("k-1");
  }

  @Test
  void symmetricKeyWithRotation_passesNamingThePeriod() {
    tester.given(key("SYMMETRIC_DEFAULT").rotationEvery(365).aws("k-1"))
        .expectPass("k-1")
        .expectMessageContains("k-1", "365 days");
  }

  @Test
  void rotationOnWithUnknownPeriod_passes() {
    tester.given(key("SYMMETRIC_DEFAULT").rotation(true).aws("k-1")).expectPass("k-1");
  }

  @Test
  void rotationUnreadable_isUnknown() {
    tester.given(key("SYMMETRIC_DEFAULT").rotation(null).aws("k-1")).expectUnknownFor("k-1").expectPass();
  }

  @ParameterizedTest(name = "{0} {1} rotation={2} → fail={3}")
  @CsvSource({
      "aws, SYMMETRIC_DEFAULT, false, true",
      "aws, SYMMETRIC_DEFAULT, true, false",
      "azure, oct-HSM 256, false, true",
      "azure, oct 128, true, false",
      "gcp, GOOGLE_SYMMETRIC_ENCRYPTION, false, true",
      "gcp, AES_256_GCM, false, true",
      "gcp, GOOGLE_SYMMETRIC_ENCRYPTION, true, false"})
  void symmetricMatrix(String cloud, String spec, boolean rotation, boolean fails) {
    var run = tester.given(KeyTooWeakTest.place(key(spec).rotation(rotation), cloud, "k-1"));
    if (fails) {
      run.expectFail("k-1").expectPass();
    } else {
      run.expectPass("k-1").expectFail();
    }
  }

  @ParameterizedTest(name = "{0} {1} ({2}) is not judged")
  @CsvSource({
      "aws, RSA_3072, ENCRYPT_DECRYPT",
      "aws, ECC_NIST_P256, SIGN_VERIFY",
      "azure, RSA 3072, ENCRYPT_DECRYPT",
      "azure, EC P-256, SIGN_VERIFY",
      "gcp, RSA_DECRYPT_OAEP_3072_SHA256, ENCRYPT_DECRYPT"})
  void asymmetricKeys_areNotJudged(String cloud, String spec, KeyUsage usage) {
    tester.given(KeyTooWeakTest.place(key(spec).usage(usage).rotation(false), cloud, "k-1")).expectNotApplicable();
  }

  @Test
  void symmetricWrappingKey_isJudgedLikeAnyOther_whateverItsUsage() {
    tester.given(key("oct-HSM 256").usage(KeyUsage.WRAP_UNWRAP).rotation(false).azure("k-1")).expectFail("k-1");
  }

  @ParameterizedTest(name = "{0} {1}: the cloud cannot rotate it → WARN to rotate by hand")
  @CsvSource({"aws, HMAC_256", "gcp, HMAC_SHA256", "aws, SYMMETRIC_DEFAULT"})
  void keysTheCloudCannotRotate_warnWithManualAdvice(String cloud, String spec) {
    tester.given(KeyTooWeakTest.place(key(spec).rotationNotOffered(), cloud, "k-1"))
        .expectWarn("k-1").expectFail().expectMessageContains("k-1", "rotate it by hand");
  }

  @Test
  void providerManagedKey_isNotJudged() {
    tester.given(key("SYMMETRIC_DEFAULT").providerManaged().rotation(false).aws("k-1")).expectNotApplicable();
  }

  @ParameterizedTest
  @CsvSource({"DISABLED", "PENDING_DELETION", "PENDING_IMPORT"})
  void inactiveKey_isNotJudged(KeyState state) {
    tester.given(key("SYMMETRIC_DEFAULT").state(state).rotation(false).aws("k-1")).expectNotApplicable();
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(CryptoKey.class, Refs.awsTokyoScope()).expectUnknown();
  }

  @Test
  void customerKeyWithUnreadableSpec_isUnknownNotSkipped() {
    tester.given(key(null).rotation(false).aws("k-1"))
        .expectUnknownFor("k-1");
  }

  @Test
  void customerKeyWithUnreadableState_isUnknownNotSkipped() {
    tester.given(key("SYMMETRIC_DEFAULT").state(cloudscan.core.fact.CryptoKey.KeyState.UNKNOWN).rotation(true).aws("k-1"))
        .expectUnknownFor("k-1").expectPass();
  }
}
