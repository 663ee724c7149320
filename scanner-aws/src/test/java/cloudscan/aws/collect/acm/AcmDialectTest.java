package cloudscan.aws.collect.acm;

import cloudscan.checks.crypto.CertificateWeak;
import cloudscan.checks.crypto.CryptoTable;
import cloudscan.core.fact.Certificate;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.testkit.CheckTester;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real AWS spells ACM key algorithms {@code RSA-2048}, {@code EC-prime256v1}; moto spells
 * {@code RSA_2048}. The collector keeps the cloud's spelling (the CRYPTREC lookup treats '-' and
 * '_' alike), so a weak key FAILs and a strong one PASSes in either dialect. moto cannot answer in
 * AWS's spelling, hence a check-level test on the fact the collector would emit.
 */
class AcmDialectTest {

  private static final String ARN = "arn:aws:acm:ap-northeast-1:123456789012:certificate/1";
  private final CheckTester tester = CheckTester.of(new CertificateWeak(CryptoTable.defaults()));

  private static Certificate certificate(String keyAlgorithm) {
    return new Certificate(ResourceRef.of(Cloud.AWS, "123456789012", "ap-northeast-1", "acm:certificate", ARN),
        "www.example.jp", Known.of(keyAlgorithm), Known.of("SHA256WITHRSA"),
        Known.of(Instant.parse("2030-01-01T00:00:00Z")), Known.of(true));
  }

  @ParameterizedTest
  @CsvSource({"RSA-1024", "RSA_1024"})
  void rsa1024InEitherSpelling_fails(String keyAlgorithm) {
    tester.given(certificate(keyAlgorithm)).expectFail(ARN);
  }

  @ParameterizedTest
  @CsvSource({"RSA-2048", "RSA_2048", "EC-prime256v1", "EC_prime256v1", "EC-secp384r1"})
  void strongKeyInEitherSpelling_passes(String keyAlgorithm) {
    tester.given(certificate(keyAlgorithm)).expectPass(ARN);
  }
}
