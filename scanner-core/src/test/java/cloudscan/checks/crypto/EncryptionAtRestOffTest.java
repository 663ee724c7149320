package cloudscan.checks.crypto;

import static cloudscan.testkit.CryptoFacts.encryption;

import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.StoreKind;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncryptionAtRestOffTest {

  private final CheckTester tester = CheckTester.of(new EncryptionAtRestOff());

  @Test
  void unencryptedVolume_fails() {
    tester.given(encryption(false).aws("vol-1")).expectFail("vol-1");
  }

  @Test
  void providerKey_passes() {
    tester.given(encryption(true).aws("vol-1"))
        .expectPass("vol-1")
        .expectMessageContains("vol-1", "provider's default key");
  }

  @Test
  void customerManagedKey_passesNamingTheKey() {
    tester.given(encryption(true).key("arn:aws:kms:ap-northeast-1:111122223333:key/k-1").aws("vol-1"))
        .expectPass("vol-1")
        .expectMessageContains("vol-1", "encrypted with key arn:aws:kms");
  }

  @Test
  void unreadableSetting_isUnknown() {
    tester.given(encryption(null).aws("vol-1")).expectUnknownFor("vol-1").expectPass();
  }

  @ParameterizedTest(name = "{0} {1} enabled={2} → fail={3}")
  @CsvSource({
      "aws, ACCOUNT_DEFAULT, false, true",
      "aws, DATABASE, true, false",
      "azure, OBJECT_STORAGE, false, true",
      "azure, BLOCK_STORAGE, true, false",
      "gcp, DATABASE, false, true",
      "gcp, OBJECT_STORAGE, true, false"})
  void storeMatrix(String cloud, StoreKind store, boolean enabled, boolean fails) {
    var b = encryption(enabled).store(store);
    EncryptionAtRest fact = switch (cloud) {
      case "aws" -> b.aws("d-1");
      case "azure" -> b.azure("d-1");
      default -> b.gcp("d-1");
    };
    var run = tester.given(fact);
    if (fails) {
      run.expectFail("d-1").expectPass();
    } else {
      run.expectPass("d-1").expectFail();
    }
  }

  @Test
  void blankKeyRef_countsAsProviderKey() {
    tester.given(encryption(true).key(" ").aws("vol-1")).expectMessageContains("vol-1", "provider's default key");
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(EncryptionAtRest.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
