package cloudscan.checks.crypto;

import static cloudscan.testkit.CryptoFacts.cert;

import cloudscan.core.fact.Certificate;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.CryptoFacts.CertBuilder;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateWeakTest {

  private final CheckTester tester = CheckTester.of(new CertificateWeak(CryptoTable.defaults()));

  private static Certificate place(CertBuilder b, String cloud, String id) {
    return switch (cloud) {
      case "aws" -> b.aws(id);
      case "azure" -> b.azure(id);
      default -> b.gcp(id);
    };
  }

  private static void expect(CheckTester.Run run, String status, String id) {
    switch (status) {
      case "PASS" -> run.expectPass(id).expectFail().expectWarn();
      case "FAIL" -> run.expectFail(id).expectPass().expectWarn();
      case "WARN" -> run.expectWarn(id).expectPass().expectFail();
      default -> run.expectUnknownFor(id).expectPass().expectFail();
    }
  }

  @Test
  void rsa1024Certificate_fails() {
    tester.given(cert("RSA_1024").aws("c-1")).expectFail("c-1").expectMessageContains("c-1", "LS-0003");
  }

  @Test
  void ecP256Certificate_passes() {
    tester.given(cert("EC_prime256v1").signature("SHA256WITHECDSA").aws("c-1")).expectPass("c-1");
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
      "aws, RSA_1024, FAIL",
      "aws, RSA_2048, PASS",
      "aws, RSA_3072, PASS",
      "aws, RSA_4096, PASS",
      "aws, EC_prime256v1, PASS",
      "aws, EC_secp384r1, PASS",
      "aws, EC_secp521r1, PASS",
      "aws, RSA_1536, WARN",
      "azure, RSA 2048, PASS",
      "azure, RSA-HSM 3072, PASS",
      "azure, EC P-256, PASS",
      "azure, EC-HSM P-384, PASS",
      "azure, EC P-256K, WARN",
      "gcp, RSA 2048, PASS",
      "gcp, EC P-256, PASS",
      "gcp, RSA 1024, FAIL"})
  void keyMatrix(String cloud, String key, String status) {
    expect(tester.given(place(cert(key), cloud, "c-1")), status, "c-1");
  }

  @ParameterizedTest(name = "{0} valid until {1} → {2}")
  @CsvSource({
      "RSA_2048, 2030-12-31T00:00:00Z, PASS",
      "RSA_2048, 2030-12-31T23:59:59Z, PASS",
      "RSA_2048, 2031-01-01T00:00:00Z, FAIL",
      "RSA_2048, 2032-06-01T00:00:00Z, FAIL",
      "RSA_3072, 2035-01-01T00:00:00Z, PASS",
      "EC_prime256v1, 2035-01-01T00:00:00Z, PASS"})
  void validityCrossingEnd2030Matrix(String key, String notAfter, String status) {
    expect(tester.given(cert(key).notAfter(notAfter).aws("c-1")), status, "c-1");
  }

  @Test
  void rsa2048ValidityCrossing2030_failsNamingTheDate() {
    tester.given(cert("RSA_2048").notAfter("2031-03-01T00:00:00Z").aws("c-1"))
        .expectFail("c-1")
        .expectMessageContains("c-1", "2031-03-01")
        .expectMessageContains("c-1", "2030-12-31");
  }

  @Test
  void rsa2048Within2030_passesWithNote() {
    tester.given(cert("RSA_2048").notAfter("2027-01-01T00:00:00Z").aws("c-1"))
        .expectPass("c-1")
        .expectMessageContains("c-1", "112-bit");
  }

  @Test
  void rsa2048EvaluatedOn20301231_passes() {
    tester.at("2030-12-31T12:00:00Z").given(cert("RSA_2048").notAfter("2030-12-31T20:00:00Z").aws("c-1"))
        .expectPass("c-1");
  }

  @Test
  void rsa2048EvaluatedFrom2031_fails() {
    tester.at("2031-01-01T00:00:00Z").given(cert("RSA_2048").notAfter("2031-01-01T00:00:00Z").aws("c-1"))
        .expectFail("c-1");
  }

  @Test
  void rsa2048UnknownExpiry_isUnknown() {
    tester.given(cert("RSA_2048").notAfter(null).aws("c-1")).expectUnknownFor("c-1").expectPass();
  }

  @ParameterizedTest(name = "signature {0} → {1}")
  @CsvSource({
      "SHA1WITHRSA, FAIL",
      "sha1WithRSAEncryption, FAIL",
      "ecdsa-with-SHA1, FAIL",
      "SHA-1, FAIL",
      "MD5WITHRSA, FAIL",
      "md2WithRSAEncryption, FAIL",
      "SHA256WITHRSA, PASS",
      "SHA384WITHECDSA, PASS",
      "sha512WithRSAEncryption, PASS",
      "SHA3-256withRSA, PASS",
      "SHA224WITHRSA, WARN",
      "sha224WithRSAEncryption, WARN",
      "RSASSA-PSS, WARN"})
  void signatureMatrix(String signature, String outcome) {
    var run = tester.given(cert("RSA_3072").signature(signature).aws("c-1"));
    switch (outcome) {
      case "FAIL" -> run.expectFail("c-1").expectMessageContains("c-1", signature);
      case "WARN" -> run.expectWarn("c-1").expectMessageContains("c-1", "not on the CRYPTREC Ciphers List");
      default -> run.expectPass("c-1");
    }
  }

  @ParameterizedTest(name = "ACM as real AWS spells it: {0} → {1}")
  @CsvSource({"RSA-1024, FAIL", "RSA-2048, PASS", "RSA-3072, PASS", "EC-prime256v1, PASS", "EC-secp384r1, PASS"})
  void realAcmSpellings_areJudgedLikeTheEmulators(String key, String outcome) {
    var run = tester.given(cert(key).signature("SHA256WITHRSA").aws("c-1"));
    if (outcome.equals("FAIL")) {
      run.expectFail("c-1");
    } else {
      run.expectPass("c-1");
    }
  }

  @Test
  void sha1SignatureAndWeakKey_failsNamingBoth() {
    tester.given(cert("RSA_1024").signature("SHA1WITHRSA").aws("c-1"))
        .expectFail("c-1")
        .expectMessageContains("c-1", "SHA1WITHRSA")
        .expectMessageContains("c-1", "RSA_1024");
  }

  @Test
  void nullSignature_isUnknownForAGoodKey_failsForABadOne() {
    tester.given(cert("RSA_3072").signature(null).aws("c-1"), cert("RSA_1024").signature(null).aws("c-2"))
        .expectUnknownFor("c-1")
        .expectPass()
        .expectFail("c-2");
  }

  @Test
  void nullKey_isUnknown() {
    tester.given(cert(null).aws("c-1")).expectUnknownFor("c-1").expectPass();
  }

  @Test
  void nullKeyButSha1Signature_fails() {
    tester.given(cert(null).signature("SHA1WITHRSA").aws("c-1")).expectFail("c-1");
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(Certificate.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
