package cloudscan.azure.collect.keyvault;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.crypto.CryptoTable;
import cloudscan.checks.crypto.KeyRotationOff;
import cloudscan.checks.crypto.KeyTooWeak;
import cloudscan.checks.exposure.PublicEndpointOpen;
import cloudscan.core.check.Status;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.snapshot.GapKind;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManagedHsmCollectorTest {

  static final String HSMS = "/subscriptions/" + SUB + "/providers/Microsoft.KeyVault/managedHSMs";
  static final String HSM = "/subscriptions/" + SUB + "/resourceGroups/rg-app/providers/Microsoft.KeyVault/managedHSMs/hsm-city";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
    fake.get(HSMS, "keyvault/hsms.json");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  static void stubKeys(AzureFake f) {
    f.get(HSM + "/keys", "keyvault/hsm-keys.json").get(HSM + "/keys/cmk-hsm", "keyvault/hsm-key-cmk-hsm.json")
        .get(HSM + "/keys/signing-hsm", "keyvault/hsm-key-signing-hsm.json");
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new ManagedHsmCollector(clients));
  }

  @Test
  void keysDeniedByTheHsmsLocalRbac_isAnAccessDeniedGap_andKeyChecksUnknownNeverPass() {
    fake.error("GET", HSM + "/keys", 403, "Forbidden");
    Collected c = collect();
    assertThat(List.of(c.gaps().get(0).kind(), c.gaps().get(0).operation(),
        c.judge(new KeyTooWeak(CryptoTable.defaults())).has(Status.UNKNOWN),
        c.judge(new KeyTooWeak(CryptoTable.defaults())).has(Status.PASS)))
        .containsExactly(GapKind.ACCESS_DENIED, "keyvault:ManagedHsmKeys_List", true, false);
  }

  @Test
  void hsmKey_isHsmProtected_judgedByTypeAndSize() {
    stubKeys(fake);
    Collected c = collect();
    CryptoKey k = c.one(CryptoKey.class, "keys/cmk-hsm");
    assertThat(List.of(k.spec().value(), k.protection(), k.deletionProtection(),
        c.verdict(new KeyTooWeak(CryptoTable.defaults()), "keys/cmk-hsm")))
        .containsExactly("RSA-HSM 3072", CryptoKey.KeyProtection.HSM, cloudscan.core.fact.Known.of(true), Status.PASS);
  }

  @Test
  void keyWithoutRotationPolicy_failsRotation_andTheRotatedTwinPasses() {
    stubKeys(fake);
    Collected c = collect();
    assertThat(List.of(c.verdict(new KeyRotationOff(), "keys/signing-hsm"), c.verdict(new KeyRotationOff(), "keys/cmk-hsm")))
        .containsExactly(Status.FAIL, Status.PASS);
  }

  @Test
  void hsmWithPublicAccessDisabled_passesPublicEndpoint() {
    stubKeys(fake);
    assertThat(collect().verdict(new PublicEndpointOpen(), "managedhsms/hsm-city")).isEqualTo(Status.PASS);
  }
}
