package cloudscan.checks.resilience;

import static cloudscan.testkit.ResilienceFacts.database;
import static cloudscan.testkit.ResilienceFacts.encryption;

import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CryptoEraseImpossibleTest {

  private static final String CMK = "arn:aws:kms:ap-northeast-1:111122223333:key/1234abcd";

  /** The collected key behind CMK, as KMS describes it. */
  private static CryptoKey kmsKey(boolean customerManaged) {
    return cloudscan.testkit.CryptoFacts.key("SYMMETRIC_DEFAULT").rotation(true)
        .customerManaged(customerManaged).on(Refs.aws("kms-key", CMK));
  }

  private final CheckTester tester = CheckTester.of(new CryptoEraseImpossible());

  @Test
  void unencryptedStore_fails() {
    tester.given(database("db-1", true), encryption("db-1", false, null)).expectFail("db-1");
  }

  @Test
  void awsManagedKey_warnsBecauseItCannotBeDeleted() {
    tester.given(database("db-1", true), encryption("db-1", true, CMK), kmsKey(false)).expectWarn("db-1");
  }

  @Test
  void keyNotCollected_warnsAsUnconfirmed() {
    tester.given(database("db-1", true), encryption("db-1", true, CMK))
        .expectWarn("db-1").expectMessageContains("db-1", "not confirmed");
  }

  @Test
  void customerManagedKey_passes() {
    tester.given(database("db-1", true), encryption("db-1", true, CMK), kmsKey(true)).expectPass("db-1")
        .expectMessageContains("db-1", "can be crypto-erased on contract end by scheduling key deletion");
  }

  @Test
  void providerKey_warns() {
    tester.given(database("db-1", true), encryption("db-1", true, null)).expectWarn("db-1")
        .expectPass().expectMessageContains("db-1",
            "irrecoverable erasure relies on the provider's process; consider a customer-managed key");
  }

  @Test
  void noEncryptionFact_isUnknown() {
    tester.given(database("db-1", true), encryption("db-2", true, CMK))
        .expectUnknownFor("db-1").expectPass();
  }

  @Test
  void encryptionUnreadable_isUnknown() {
    tester.given(database("db-1", true), encryption("db-1", null, null))
        .expectUnknownFor("db-1").expectPass();
  }

  @Test
  void encryptionFactWithoutStore_isNotJudged() {
    tester.given(encryption("db-1", true, CMK)).expectNotApplicable();
  }

  @ParameterizedTest(name = "enabled={0}, key={1} → {2}")
  @CsvSource({
      "true, cmk, PASS",
      ", cmk, UNKNOWN",
      "false, cmk, FAIL",
      "true, , WARN",
      "false, , FAIL",
      ", , UNKNOWN"})
  void encryptionMatrix(Boolean enabled, String key, String outcome) {
    var run = tester.given(database("db-1", false),
        encryption("db-1", enabled, key == null ? null : CMK), kmsKey(true));
    switch (outcome) {
      case "PASS" -> run.expectPass("db-1");
      case "FAIL" -> run.expectFail("db-1").expectPass();
      case "WARN" -> run.expectWarn("db-1").expectPass();
      default -> run.expectUnknownFor("db-1").expectPass();
    }
  }

  @ParameterizedTest
  @ValueSource(classes = {DataStore.class, EncryptionAtRest.class})
  void collectionGap_isUnknown_neverPass(Class<? extends Fact> kind) {
    tester.givenGap(kind, Refs.awsTokyoScope()).expectUnknown();
  }
}
