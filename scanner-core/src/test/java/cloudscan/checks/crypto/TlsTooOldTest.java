package cloudscan.checks.crypto;

import static cloudscan.testkit.CryptoFacts.tls;

import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TlsTooOldTest {

  private final CheckTester tester = CheckTester.of(new TlsTooOld());

  @Test
  void tls10Minimum_fails() {
    tester.given(tls().min(TlsVersion.TLS1_0).aws("lb-1"))
        .expectFail("lb-1")
        .expectMessageContains("lb-1", "TLS 1.0");
  }

  @Test
  void tls12Minimum_passes() {
    tester.given(tls().min(TlsVersion.TLS1_2).aws("lb-1")).expectPass("lb-1");
  }

  @ParameterizedTest(name = "min {0} → fail={1}")
  @CsvSource({
      "SSL3, true",
      "TLS1_0, true",
      "TLS1_1, true",
      "TLS1_2, false",
      "TLS1_3, false"})
  void minimumVersionMatrix(TlsVersion min, boolean fails) {
    var run = tester.given(tls().min(min).gcp("pol-1"));
    if (fails) {
      run.expectFail("pol-1").expectPass();
    } else {
      run.expectPass("pol-1").expectFail();
    }
  }

  @ParameterizedTest(name = "cloud spelling {0} → fail={1}")
  @CsvSource({
      "TLSv1, true",
      "TLSv1.1, true",
      "TLS1_0, true",
      "TLS_1_1, true",
      "TLSv1.2_2021, false",
      "TLS1_2, false",
      "TLS_1_3, false"})
  void cloudSpellingsMatrix(String spelling, boolean fails) {
    var run = tester.given(tls().min(TlsVersion.parse(spelling)).azure("st-1"));
    if (fails) {
      run.expectFail("st-1");
    } else {
      run.expectPass("st-1");
    }
  }

  @Test
  void protocolListOlderThanDeclaredMinimum_fails() {
    tester.given(tls().min(TlsVersion.TLS1_2).protocols(TlsVersion.TLS1_2, TlsVersion.TLS1_1).aws("lb-1"))
        .expectFail("lb-1")
        .expectMessageContains("lb-1", "TLS 1.1");
  }

  @Test
  void tls13AndTls12Protocols_pass() {
    tester.given(tls().min(TlsVersion.UNKNOWN).protocols(TlsVersion.TLS1_3, TlsVersion.TLS1_2).aws("lb-1"))
        .expectPass("lb-1");
  }

  @Test
  void plaintextNextToTls12_fails() {
    tester.given(tls().min(TlsVersion.TLS1_2).protocols(TlsVersion.PLAINTEXT, TlsVersion.TLS1_2).azure("st-1"))
        .expectFail("st-1")
        .expectMessageContains("st-1", "unencrypted");
  }

  @Test
  void plaintextOnly_fails() {
    tester.given(tls().min(TlsVersion.UNKNOWN).protocols(TlsVersion.PLAINTEXT).azure("agw-1")).expectFail("agw-1");
  }

  @Test
  void unreadableVersion_isUnknown() {
    tester.given(tls().min(TlsVersion.UNKNOWN).aws("lb-1")).expectUnknownFor("lb-1").expectPass();
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(TlsPolicy.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
