package cloudscan.aws.collect.acm;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.Certificate;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.acm.AcmClient;

@ExtendWith(MotoExtension.class)
class AcmCollectorTest {

  private static AwsClients clients;
  private static Collected facts;
  private static String legacy;
  private static String modern;
  private static String issued;

  @BeforeAll
  static void seedAndScan() throws IOException {
    AcmClient acm = MotoAws.seed(AcmClient.class, AcmClient::builder);
    legacy = givenImported(acm, "legacy-rsa1024-sha1");
    modern = givenImported(acm, "modern-ec256");
    issued = acm.requestCertificate(r -> r.domainName("www.example.jp")).certificateArn();
    clients = MotoAws.scanClients();
    facts = MotoAws.collect(new AcmCollector(clients), MotoAws.regional());
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  private static String givenImported(AcmClient acm, String name) throws IOException {
    SdkBytes cert = resource("/acm/" + name + ".cert.pem");
    SdkBytes key = resource("/acm/" + name + ".key.pem");
    return acm.importCertificate(r -> r.certificate(cert).privateKey(key)).certificateArn();
  }

  private static SdkBytes resource(String path) throws IOException {
    try (InputStream in = AcmCollectorTest.class.getResourceAsStream(path)) {
      return SdkBytes.fromByteArray(in.readAllBytes());
    }
  }

  @Test
  void rsa1024Sha1Certificate_reportsWeakKeyAndSha1Signature() {
    assertThat(facts.one(Certificate.class, legacy)).matches(c -> c.keyAlgorithm().is("RSA_1024")
        && c.signatureAlgorithm().value().startsWith("SHA1") && c.domain().equals("legacy.example.jp"));
  }

  @Test
  void ecCertificate_isListedDespiteListCertificatesDefaultingToRsa() {
    assertThat(facts.one(Certificate.class, modern)).matches(c -> c.keyAlgorithm().is("EC_prime256v1")
        && c.signatureAlgorithm().value().contains("SHA256")); // moto: ECDSA-WITH-SHA256, AWS: SHA256WITHECDSA
  }

  @Test
  void importedCertificate_carriesItsExpiry() {
    assertThat(facts.one(Certificate.class, modern).notAfter().value()).isAfter(Instant.parse("2100-01-01T00:00:00Z"));
  }

  @Test
  void amazonIssuedCertificate_isRsa2048NotInUse() {
    assertThat(facts.one(Certificate.class, issued)).matches(c -> c.keyAlgorithm().is("RSA_2048") && c.inUse().is(false));
  }

  @Test
  void describeSucceeds_noGaps() {
    assertThat(facts.gaps()).isEmpty();
  }
}
