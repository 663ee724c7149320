package cloudscan.checks.crypto;

import static cloudscan.testkit.CryptoFacts.tls;

import cloudscan.core.fact.TlsPolicy;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TlsWeakCiphersTest {

  private final CheckTester tester = CheckTester.of(new TlsWeakCiphers());

  @Test
  void tripleDesOffered_fails() {
    tester.given(tls("ECDHE-RSA-AES128-GCM-SHA256", "DES-CBC3-SHA").policy("ELBSecurityPolicy-TLS-1-0-2015-04")
            .aws("lb-1"))
        .expectFail("lb-1")
        .expectMessageContains("lb-1", "DES-CBC3-SHA")
        .expectMessageContains("lb-1", "ELBSecurityPolicy-TLS-1-0-2015-04");
  }

  @Test
  void pfsAeadOnly_passes() {
    tester.given(tls("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
            "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384").aws("lb-1"))
        .expectPass("lb-1");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      // TLS 1.3
      "TLS_AES_128_GCM_SHA256, PASS",
      "TLS_AES_256_GCM_SHA384, PASS",
      "TLS_CHACHA20_POLY1305_SHA256, PASS",
      "TLS_AES_128_CCM_SHA256, PASS",
      // PFS with AEAD or CBC-SHA2, OpenSSL and IANA names
      "ECDHE-RSA-AES128-GCM-SHA256, PASS",
      "ECDHE-ECDSA-CHACHA20-POLY1305, PASS",
      "ECDHE-RSA-AES256-SHA384, PASS",
      "DHE-RSA-AES128-GCM-SHA256, PASS",
      "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, PASS",
      "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384, PASS",
      "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, PASS",
      "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384, PASS",
      "TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256, PASS",
      // static key exchange (no forward secrecy)
      "AES128-GCM-SHA256, WARN",
      "AES256-SHA256, WARN",
      "TLS_RSA_WITH_AES_128_GCM_SHA256, WARN",
      "TLS_RSA_WITH_AES_256_CBC_SHA256, WARN",
      "ECDH-RSA-AES128-GCM-SHA256, WARN",
      "TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256, WARN",
      "TLS_PSK_WITH_AES_128_GCM_SHA256, WARN",
      // CBC with SHA-1 MAC
      "ECDHE-RSA-AES128-SHA, WARN",
      "ECDHE-ECDSA-AES256-SHA, WARN",
      "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, WARN",
      "AES128-SHA, WARN",
      // bulk cipher not on the list
      "TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256, WARN",
      // prohibited
      "DES-CBC3-SHA, FAIL",
      "ECDHE-RSA-DES-CBC3-SHA, FAIL",
      "TLS_RSA_WITH_3DES_EDE_CBC_SHA, FAIL",
      "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, FAIL",
      "DES-CBC-SHA, FAIL",
      "RC4-SHA, FAIL",
      "ECDHE-RSA-RC4-SHA, FAIL",
      "TLS_RSA_WITH_RC4_128_SHA, FAIL",
      "NULL-SHA256, FAIL",
      "TLS_RSA_WITH_NULL_SHA256, FAIL",
      "TLS_ECDHE_ECDSA_WITH_NULL_SHA, FAIL",
      "EXP-RC4-MD5, FAIL",
      "EXP1024-DES-CBC-SHA, FAIL",
      "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA, FAIL",
      "ADH-AES128-GCM-SHA256, FAIL",
      "AECDH-AES256-SHA, FAIL",
      "TLS_DH_anon_WITH_AES_128_GCM_SHA256, FAIL",
      "TLS_ECDH_anon_WITH_AES_256_CBC_SHA, FAIL",
      "RC4-MD5, FAIL",
      "TLS_RSA_WITH_SEED_CBC_MD5, FAIL"})
  void suiteMatrix(String suite, String status) {
    var run = tester.given(tls(suite).gcp("pol-1"));
    switch (status) {
      case "PASS" -> run.expectPass("pol-1").expectWarn().expectFail();
      case "WARN" -> run.expectWarn("pol-1").expectPass().expectFail();
      default -> run.expectFail("pol-1").expectPass().expectWarn();
    }
  }

  @Test
  void recommendedPlusStaticRsa_warnsNamingTheSuite() {
    tester.given(tls("ECDHE-RSA-AES128-GCM-SHA256", "AES128-GCM-SHA256").aws("lb-1"))
        .expectWarn("lb-1")
        .expectMessageContains("lb-1", "AES128-GCM-SHA256 (static key exchange (no forward secrecy))");
  }

  @Test
  void prohibitedBeatsNotRecommended() {
    tester.given(tls("AES128-SHA", "RC4-SHA").aws("lb-1")).expectFail("lb-1").expectWarn();
  }

  @Test
  void gcpCompatibleProfileFeatures_fail() {
    tester.given(tls("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
            "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_3DES_EDE_CBC_SHA").policy("COMPATIBLE").gcp("pol-1"))
        .expectFail("pol-1")
        .expectMessageContains("pol-1", "TLS_RSA_WITH_3DES_EDE_CBC_SHA");
  }

  @Test
  void signallingValue_isIgnored() {
    tester.given(tls("TLS_EMPTY_RENEGOTIATION_INFO_SCSV", "TLS_AES_128_GCM_SHA256").aws("lb-1")).expectPass("lb-1");
  }

  @Test
  void emptySuiteList_isUnknown() {
    tester.given(tls().azure("st-1"))
        .expectUnknownFor("st-1")
        .expectPass()
        .expectMessageContains("st-1", "could not resolve");
  }

  @Test
  void providerManagedSuites_withTls12Minimum_passSayingSo_noEternalUnknown() {
    tester.given(tls().providerManaged().min(cloudscan.core.fact.TlsVersion.TLS1_2).azure("st-1"))
        .expectPass("st-1").expectMessageContains("st-1", "managed by the provider");
  }

  @Test
  void providerManagedSuites_withTls10Minimum_needReview() {
    tester.given(tls().providerManaged().min(cloudscan.core.fact.TlsVersion.TLS1_0).azure("st-1")).expectWarn("st-1");
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(TlsPolicy.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
