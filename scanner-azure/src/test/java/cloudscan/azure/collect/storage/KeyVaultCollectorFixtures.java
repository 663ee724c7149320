package cloudscan.azure.collect.storage;

import static cloudscan.azure.testing.AzureFake.SUB;

import cloudscan.azure.testing.AzureFake;

/** The Key Vault fixtures of KeyVaultCollectorTest, for joins with other services. */
final class KeyVaultCollectorFixtures {

  static final String VAULTS = "/subscriptions/" + SUB + "/providers/Microsoft.KeyVault/vaults";
  private static final String KV = "/subscriptions/" + SUB + "/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/";

  private KeyVaultCollectorFixtures() { }

  static void stub(AzureFake fake) {
    fake.get(KV + "kv-locked/keys", "keyvault/keys-kv-locked.json")
        .get(KV + "kv-locked/keys/cmk-storage", "keyvault/key-cmk-storage.json")
        .get(KV + "kv-open/keys", "keyvault/keys-kv-open.json")
        .get(KV + "kv-open/keys/legacy-import", "keyvault/key-legacy-import.json")
        .get(KV + "kv-open/keys/signing-p256", "keyvault/key-signing-p256.json");
  }
}
