package cloudscan.azure.collect.storage;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.collect.keyvault.KeyVaultCollector;
import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.crypto.TlsTooOld;
import cloudscan.checks.crypto.TlsWeakCiphers;
import cloudscan.checks.exposure.PublicEndpointOpen;
import cloudscan.checks.residency.ReplicaOutsideJapan;
import cloudscan.checks.residency.ResourceOutsideJapan;
import cloudscan.checks.resilience.CryptoEraseImpossible;
import cloudscan.checks.resilience.SingleZoneStore;
import cloudscan.core.check.Status;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.PublicEndpoint;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StorageCollectorTest {

  static final String ACCOUNTS = "/subscriptions/" + SUB + "/providers/Microsoft.Storage/storageAccounts";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect() {
    fake.get(ACCOUNTS, "storage/accounts.json");
    var clients = fake.clients();
    return Collected.run(clients, new StorageCollector(clients));
  }

  @Test
  void deniedAccountList_isAGap_andTlsUnknownNeverPass() {
    fake.error("GET", ACCOUNTS, 403, "AuthorizationFailed");
    var clients = fake.clients();
    Collected c = Collected.run(clients, new StorageCollector(clients));
    assertThat(List.of(c.judge(new TlsTooOld()).has(Status.UNKNOWN), c.judge(new TlsTooOld()).has(Status.PASS)))
        .containsExactly(true, false);
  }

  @Test
  void minimumTls10_fails_andTls12Passes() {
    Collected c = collect();
    assertThat(List.of(c.verdict(new TlsTooOld(), "/stlegacy"), c.verdict(new TlsTooOld(), "/stjuminhyo")))
        .containsExactly(Status.FAIL, Status.PASS);
  }

  @Test
  void anAccountThatNeverSetAMinimum_acceptsTls10() {
    assertThat(collect().verdict(new TlsTooOld(), "/stnotls")).isEqualTo(Status.FAIL);
  }

  @Test
  void secureTransferOff_acceptsPlainHttp_andFails_whileItsHttpsOnlyTwinPasses() {
    Collected c = collect();
    assertThat(List.of(c.verdict(new TlsTooOld(), "/sthttp"), c.verdict(new TlsTooOld(), "/stjuminhyo"),
        c.verdict(new TlsWeakCiphers(), "/sthttp")))
        .containsExactly(Status.FAIL, Status.PASS, Status.PASS);
  }

  @Test
  void secureTransferMissingFromTheAnswer_isUnknownNeverPass() {
    fake.get(ACCOUNTS, AzureFake.fixture("storage/accounts.json").replace("\"supportsHttpsTrafficOnly\": false,", ""));
    var clients = fake.clients();
    assertThat(Collected.run(clients, new StorageCollector(clients)).verdict(new TlsTooOld(), "/sthttp"))
        .isEqualTo(Status.UNKNOWN);
  }

  @Test
  void trustedServicesBypass_isShownAsAProviderServiceSource_andTheAccountStaysRestricted() {
    Collected c = collect();
    assertThat(List.of(c.one(PublicEndpoint.class, "/stjuminhyo").allowedSources().value().toString()
        .contains("tag:AzureTrustedServices"), c.verdict(new PublicEndpointOpen(), "/stjuminhyo")))
        .containsExactly(true, Status.PASS);
  }

  @Test
  void providerManagedSuites_areJudgedByTheMinimumNotUnknown() {
    assertThat(collect().verdict(new TlsWeakCiphers(), "/stjuminhyo")).isEqualTo(Status.PASS);
  }

  @Test
  void firewallAllowingAll_failsPublicEndpoint_andDenyWithRulesPasses() {
    Collected c = collect();
    assertThat(List.of(c.verdict(new PublicEndpointOpen(), "/stlegacy"), c.verdict(new PublicEndpointOpen(), "/stjuminhyo")))
        .containsExactly(Status.FAIL, Status.PASS);
  }

  @Test
  void accountInEastUs_failsResidency_andItsGeoReplicaToo() {
    Collected c = collect();
    assertThat(List.of(c.verdict(new ResourceOutsideJapan(), "/stabroad"), c.verdict(new ReplicaOutsideJapan(), "/stabroad")))
        .containsExactly(Status.FAIL, Status.FAIL);
  }

  @Test
  void geoZoneRedundantAccount_replicatesToJapanWest() {
    assertThat(collect().verdict(new ReplicaOutsideJapan(), "/stjuminhyo")).isEqualTo(Status.PASS);
  }

  @Test
  void locallyRedundantAccount_failsSingleZone_andZoneRedundantPasses() {
    Collected c = collect();
    assertThat(List.of(c.verdict(new SingleZoneStore(), "/stlegacy"), c.verdict(new SingleZoneStore(), "/stnotls")))
        .containsExactly(Status.FAIL, Status.PASS);
  }

  @Test
  void customerManagedKey_isNamedByItsVersionlessUri_andCanBeCryptoErased() {
    fake.get(KeyVaultCollectorFixtures.VAULTS, "keyvault/vaults.json");
    KeyVaultCollectorFixtures.stub(fake);
    fake.get(ACCOUNTS, "storage/accounts.json");
    var clients = fake.clients();
    Collected c = Collected.run(clients, new StorageCollector(clients), new KeyVaultCollector(clients));
    assertThat(List.of(c.one(EncryptionAtRest.class, "/stjuminhyo").keyRef(),
        c.verdict(new CryptoEraseImpossible(), "/stjuminhyo"), c.verdict(new CryptoEraseImpossible(), "/stlegacy")))
        .containsExactly("https://kv-locked.vault.azure.net/keys/cmk-storage", Status.PASS, Status.WARN);
  }
}
