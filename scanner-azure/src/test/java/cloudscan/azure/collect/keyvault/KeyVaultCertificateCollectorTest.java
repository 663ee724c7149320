package cloudscan.azure.collect.keyvault;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureCloud;
import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.crypto.CertificateWeak;
import cloudscan.checks.crypto.CryptoTable;
import cloudscan.core.check.Status;
import cloudscan.core.fact.Certificate;
import cloudscan.core.snapshot.GapKind;
import com.azure.core.credential.AccessToken;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class KeyVaultCertificateCollectorTest {

  static final String VAULTS = "/subscriptions/" + SUB + "/providers/Microsoft.KeyVault/vaults";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
    fake.get(VAULTS, "keyvault/vaults.json");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  static void stub(AzureFake f) {
    f.vault("kv-open", "/certificates", "keyvault/certs-kv-open.json")
        .vault("kv-open", "/certificates/cert-www", "keyvault/cert-www.json")
        .vault("kv-locked", "/certificates", "keyvault/certs-kv-locked.json")
        .vault("kv-locked", "/certificates/cert-api", "keyvault/cert-api.json");
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new KeyVaultCertificateCollector(clients));
  }

  @Test
  void certificatesDeniedByTheVault_isAnAccessDeniedGap_andCertificateStrengthUnknownNeverPass() {
    stub(fake);
    fake.vaultError("kv-locked", "/certificates", 403, "Forbidden");
    Collected c = collect();
    assertThat(List.of(c.gaps().get(0).kind(), c.gaps().get(0).operation(),
        c.gaps().get(0).message().contains("Microsoft.KeyVault/vaults/certificates/read"),
        c.judge(new CertificateWeak(CryptoTable.defaults())).has(Status.UNKNOWN)))
        .containsExactly(GapKind.ACCESS_DENIED, "keyvault-data:GetCertificates", true, true);
  }

  @Test
  void aVaultListedWithoutItsUri_isAGap_neverAVaultWithoutCertificates() {
    fake.list(VAULTS, "{\"id\": \"/subscriptions/" + SUB + "/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-bare\", "
        + "\"name\": \"kv-bare\", \"location\": \"japaneast\"}");
    Collected c = collect();
    assertThat(c.gaps()).singleElement().satisfies(g -> assertThat(g.message()).contains("kv-bare", "not read"));
    assertThat(c.judge(new CertificateWeak(CryptoTable.defaults())).has(Status.UNKNOWN)).isTrue();
  }

  @Test
  void rsa2048CertificateValidPast2030_fails_andRsa3072Passes() {
    stub(fake);
    Collected c = collect();
    assertThat(List.of(c.verdict(new CertificateWeak(CryptoTable.defaults()), "certificates/cert-www"),
        c.verdict(new CertificateWeak(CryptoTable.defaults()), "certificates/cert-api"))).containsExactly(Status.FAIL, Status.PASS);
  }

  @Test
  void signatureAlgorithmAndExpiry_comeFromThePublicCertificate() {
    stub(fake);
    Certificate cert = collect().one(Certificate.class, "certificates/cert-api");
    assertThat(List.of(cert.keyAlgorithm().value(), cert.signatureAlgorithm().value(), cert.domain()))
        .containsExactly("RSA 3072", "SHA256WITHRSA", "CN=api.city.example.jp");
  }

  @Test
  void customEndpointWithoutAKeyVaultSuffix_isAnUnsupportedGap_andNoVaultIsCalled() {
    stub(fake);
    AzureClients clients = AzureClients.builder()
        .credential(ctx -> Mono.just(new AccessToken("t", OffsetDateTime.now().plusHours(1))))
        .cloud(AzureCloud.of("public", URI.create(fake.base()), URI.create(fake.base())))
        .tenant(AzureFake.TENANT).maxAttempts(1).build();
    Collected c = Collected.run(clients, new KeyVaultCertificateCollector(clients));
    assertThat(List.of(c.gaps().get(0).kind(), fake.count("GET", "/certificates"))).containsExactly(GapKind.UNSUPPORTED, 0L);
  }
}
