package cloudscan.azure.collect.keyvault;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.crypto.CryptoTable;
import cloudscan.checks.crypto.KeyTooWeak;
import cloudscan.checks.exposure.PublicEndpointOpen;
import cloudscan.core.check.Status;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.Known;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyVaultCollectorTest {

  static final String VAULTS = "/subscriptions/" + SUB + "/providers/Microsoft.KeyVault/vaults";
  static final String KV = "/subscriptions/" + SUB + "/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
    fake.get(VAULTS, "keyvault/vaults.json")
        .get(KV + "kv-locked/keys", "keyvault/keys-kv-locked.json")
        .get(KV + "kv-locked/keys/cmk-storage", "keyvault/key-cmk-storage.json")
        .get(KV + "kv-open/keys", "keyvault/keys-kv-open.json")
        .get(KV + "kv-open/keys/legacy-import", "keyvault/key-legacy-import.json")
        .get(KV + "kv-open/keys/signing-p256", "keyvault/key-signing-p256.json");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new KeyVaultCollector(clients));
  }

  @Test
  void deniedKeyList_isAGapForKeysOnly_andKeyStrengthUnknownNeverPass() {
    fake.error("GET", KV + "kv-locked/keys", 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(c.gaps()).singleElement().satisfies(g -> assertThat(g.factKinds()).containsExactly("CryptoKey"));
    assertThat(c.judge(new KeyTooWeak(CryptoTable.defaults())).has(Status.UNKNOWN)).isTrue();
  }

  @Test
  void rsa1024_failsKeyStrength() {
    assertThat(collect().verdict(new KeyTooWeak(CryptoTable.defaults()), "kv-open.vault.azure.net/keys/legacy-import"))
        .isEqualTo(Status.FAIL);
  }

  @Test
  void rsaHsm3072_passesKeyStrength() {
    assertThat(collect().verdict(new KeyTooWeak(CryptoTable.defaults()), "kv-locked.vault.azure.net/keys/cmk-storage"))
        .isEqualTo(Status.PASS);
  }

  @Test
  void key_isJudgedByTypeSizeAndCurve_withoutInventedAlgorithms() {
    CryptoKey k = collect().one(CryptoKey.class, "keys/signing-p256");
    assertThat(List.of(k.spec(), k.algorithms(), k.protection(), k.usages()))
        .containsExactly(Known.of("EC P-256"), Known.notOffered(), CryptoKey.KeyProtection.SOFTWARE,
            Known.of(Set.of(CryptoKey.KeyUsage.SIGN_VERIFY)));
  }

  @Test
  void rotationPolicy_andPurgeProtection_areRead() {
    CryptoKey k = collect().one(CryptoKey.class, "keys/cmk-storage");
    assertThat(List.of(k.rotation(), k.rotationPeriodDays(), k.deletionProtection(), k.protection()))
        .containsExactly(Known.of(true), Known.of(90), Known.of(true), CryptoKey.KeyProtection.HSM);
  }

  @Test
  void keyWithoutRotationPolicy_isNotRotated() {
    assertThat(collect().one(CryptoKey.class, "keys/legacy-import").rotation()).isEqualTo(Known.of(false));
  }

  @Test
  void vaultOpenToAllNetworks_failsPublicEndpoint() {
    assertThat(collect().verdict(new PublicEndpointOpen(), "vaults/kv-open")).isEqualTo(Status.FAIL);
  }

  @Test
  void trustedServicesBypass_isListedAsAProviderServiceSource() {
    assertThat(collect().one(cloudscan.core.fact.PublicEndpoint.class, "vaults/kv-locked").allowedSources().value())
        .contains(new cloudscan.core.fact.Peer.Tag("AzureTrustedServices"));
  }

  @Test
  void vaultDenyingByDefaultWithIpAndSubnetRules_passesPublicEndpoint() {
    assertThat(collect().verdict(new PublicEndpointOpen(), "vaults/kv-locked")).isEqualTo(Status.PASS);
  }
}
