package cloudscan.cli.demo;

import static cloudscan.core.fact.SecurityService.Kind.CONFIG_RECORDING;
import static cloudscan.core.fact.SecurityService.Kind.INCIDENT_NOTIFICATION;
import static cloudscan.core.fact.SecurityService.Kind.MALWARE_PROTECTION;
import static cloudscan.core.fact.SecurityService.Kind.THREAT_DETECTION;

import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LocationGuardrail;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.Retention;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.fact.VirtualNetwork;
import java.util.List;

/** The vendor's Azure subscription (Japan East, geo-paired with Japan West). */
final class DemoAzure extends DemoFacts {

  static final String SUBSCRIPTION = "3f2a9c1e-7d4b-4e1a-9b2c-5d6e7f8a9b0c";
  static final String EAST = "japaneast";
  private static final String RG = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-juminhyo/providers/";

  DemoAzure() {
    super(Cloud.AZURE, SUBSCRIPTION);
    ResourceRef nsg = ref(EAST, "Microsoft.Network/networkSecurityGroups", RG + "Microsoft.Network/networkSecurityGroups/nsg-app");
    add(allowIn(nsg, "allow-https", Protocol.TCP, "443", "Internet"));
    add(allowIn(nsg, "allow-bastion-rdp", Protocol.TCP, "3389", "10.30.1.0/26"));
    add(new VirtualNetwork(ref(EAST, "Microsoft.Network/virtualNetworks", RG + "Microsoft.Network/virtualNetworks/vnet-app"), false, true));
    ResourceRef vm = ref(EAST, "Microsoft.Compute/virtualMachines", RG + "Microsoft.Compute/virtualMachines/vm-batch-01");
    add(new Located(vm, "1"));
    add(new ComputeInstance(vm, true, false));
    String cmk = "https://kv-juminhyo.vault.azure.net/keys/storage-cmk/5b0e3d2c";
    ResourceRef st = ref(EAST, "Microsoft.Storage/storageAccounts", RG + "Microsoft.Storage/storageAccounts/stjuminhyo01");
    add(new Located(st, null));
    add(new DataStore(st, StoreKind.OBJECT_STORAGE, true));
    add(new EncryptionAtRest(st, StoreKind.OBJECT_STORAGE, true, cmk));
    add(new Replica(st, "GZRS geo-replication", SUBSCRIPTION, "japanwest"));
    add(new CryptoKey(ref(EAST, "Microsoft.KeyVault/vaults/keys", cmk), "RSA-HSM 3072", CryptoKey.KeyUsage.WRAP_UNWRAP,
        CryptoKey.KeyState.ENABLED, true, CryptoKey.KeyProtection.HSM, true, 365, true, List.of("RSA-OAEP-256")));
    add(new CryptoKey(ref(EAST, "Microsoft.KeyVault/vaults/keys", "https://kv-juminhyo.vault.azure.net/keys/legacy-signing/0c9d"),
        "EC P-256K", CryptoKey.KeyUsage.SIGN_VERIFY, CryptoKey.KeyState.ENABLED, true, CryptoKey.KeyProtection.SOFTWARE,
        null, null, true, List.of("ES256K")));
    ResourceRef vault = ref(EAST, "Microsoft.DataProtection/backupVaults", RG + "Microsoft.DataProtection/backupVaults/bv-juminhyo");
    add(new Located(vault, null));
    add(new BackupVault(vault, BackupVault.Immutability.LOCKED, 30, true));
    add(new BackupPlan(ref(EAST, "Microsoft.DataProtection/backupVaults/backupPolicies", RG
        + "Microsoft.DataProtection/backupVaults/bv-juminhyo/backupPolicies/blob-daily"), 30, List.of()));
    ResourceRef sub = ref("global", "Microsoft.Insights/diagnosticSettings",
        "/subscriptions/" + SUBSCRIPTION + "/providers/Microsoft.Insights/diagnosticSettings/activity-to-law");
    String law = RG + "Microsoft.OperationalInsights/workspaces/law-juminhyo";
    add(new AuditTrail(sub, true, true, null, true, law));
    add(new LogStore(ref(EAST, "Microsoft.OperationalInsights/workspaces", law), true, Retention.days(730), false));
    add(new LocationGuardrail(ref("global", "Microsoft.Authorization/policyAssignments",
        "/subscriptions/" + SUBSCRIPTION + "/providers/Microsoft.Authorization/policyAssignments/allowed-locations"),
        List.of(EAST, "japanwest"), true));
    service("global", THREAT_DETECTION, true, "Microsoft Defender for Cloud (CSPM, Servers P2, Storage)");
    service("global", MALWARE_PROTECTION, true, "Defender for Servers P2 (Defender for Endpoint)");
    service("global", CONFIG_RECORDING, true, "Activity log exported to Log Analytics");
    service("global", INCIDENT_NOTIFICATION, true, "Security contact soc@example.lg.jp (high severity alerts)");
  }
}
