package cloudscan.cli.demo;

import static cloudscan.core.fact.SecurityService.Kind.CONFIG_RECORDING;
import static cloudscan.core.fact.SecurityService.Kind.INCIDENT_NOTIFICATION;
import static cloudscan.core.fact.SecurityService.Kind.MALWARE_PROTECTION;
import static cloudscan.core.fact.SecurityService.Kind.MFA_ENFORCEMENT;
import static cloudscan.core.fact.SecurityService.Kind.THREAT_DETECTION;
import static cloudscan.core.fact.SecurityService.Kind.VULNERABILITY_SCANNING;

import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LocationGuardrail;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.PasswordPolicyDefaults;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.Retention;
import cloudscan.core.fact.RuleAction;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import cloudscan.core.fact.VirtualNetwork;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vendor's Azure subscription (Japan East, geo-paired with Japan West) and its Entra ID tenant,
 * whose facts (password rule, MFA by Conditional Access, a guest) belong to the tenant, not to the
 * subscription.
 */
final class DemoAzure extends DemoFacts {

  static final String SUBSCRIPTION = "3f2a9c1e-7d4b-4e1a-9b2c-5d6e7f8a9b0c";
  static final String TENANT = "8e1f4a2b-6c3d-4e5f-9a0b-1c2d3e4f5a6b";
  static final String EAST = "japaneast";
  private static final String RG = "/subscriptions/" + SUBSCRIPTION + "/resourcegroups/rg-juminhyo/providers/";

  DemoAzure() {
    super(Cloud.AZURE, SUBSCRIPTION);
    ResourceRef nsg = ref(EAST, "microsoft.network/networksecuritygroups", RG + "microsoft.network/networksecuritygroups/nsg-app");
    add(rule(nsg, "allow-https", RuleAction.ALLOW, 100, Protocol.TCP, "443", "tag:Internet"));
    add(rule(nsg, "allow-bastion-rdp", RuleAction.ALLOW, 110, Protocol.TCP, "3389", "10.30.1.0/26"));
    add(rule(nsg, "AllowVnetInBound", RuleAction.ALLOW, 65000, Protocol.ALL, "all", "tag:VirtualNetwork"));
    add(rule(nsg, "AllowAzureLoadBalancerInBound", RuleAction.ALLOW, 65001, Protocol.ALL, "all", "tag:AzureLoadBalancer"));
    add(rule(nsg, "DenyAllInBound", RuleAction.DENY, 65500, Protocol.ALL, "all", "*"));
    add(new VirtualNetwork(ref(EAST, "microsoft.network/virtualnetworks", RG + "microsoft.network/virtualnetworks/vnet-app"),
        false, k(VirtualNetwork.FlowLogs.ALL)));
    ResourceRef vm = ref(EAST, "microsoft.compute/virtualmachines", RG + "microsoft.compute/virtualmachines/vm-batch-01");
    add(Located.zonal(vm, "1"));
    add(new ComputeInstance(vm, k(true), k(false)));
    attach(ref(EAST, "microsoft.network/networkinterfaces", RG + "microsoft.network/networkinterfaces/vm-batch-01-nic"),
        List.of(nsg.id()));
    String cmk = "https://kv-juminhyo.vault.azure.net/keys/storage-cmk";
    ResourceRef st = ref(EAST, "microsoft.storage/storageaccounts", RG + "microsoft.storage/storageaccounts/stjuminhyo01");
    add(Located.regional(st));
    add(new DataStore(st, StoreKind.OBJECT_STORAGE, k(true)));
    add(new EncryptionAtRest(st, StoreKind.OBJECT_STORAGE, k(true), cmk));
    add(new Replica(st, "GZRS geo-replication", SUBSCRIPTION, "japanwest"));
    add(new TlsPolicy(st, "stjuminhyo01.blob.core.windows.net:443", "minimumTlsVersion", TlsVersion.TLS1_2,
        Known.notOffered(), Known.notOffered()));
    // Key Vault keeps no per-key algorithm list: the caller picks one per request.
    add(new CryptoKey(ref(EAST, "microsoft.keyvault/vaults/keys", cmk), k("RSA-HSM 3072"),
        k(Set.of(CryptoKey.KeyUsage.WRAP_UNWRAP)), CryptoKey.KeyState.ENABLED, k(true), CryptoKey.KeyProtection.HSM,
        k(true), k(365), k(true), Known.notOffered(), Known.notOffered()));
    add(new CryptoKey(ref(EAST, "microsoft.keyvault/vaults/keys", "https://kv-juminhyo.vault.azure.net/keys/legacy-signing"),
        k("EC P-256K"), k(Set.of(CryptoKey.KeyUsage.SIGN_VERIFY)), CryptoKey.KeyState.ENABLED, k(true),
        CryptoKey.KeyProtection.SOFTWARE, Known.notOffered(), Known.notOffered(), k(true), Known.notOffered(),
        Known.notOffered()));
    ResourceRef vault = ref(EAST, "microsoft.dataprotection/backupvaults", RG + "microsoft.dataprotection/backupvaults/bv-juminhyo");
    add(Located.regional(vault));
    add(new BackupVault(vault, BackupVault.Immutability.LOCKED, Known.notOffered(), k(30),
        k(BackupVault.SoftDelete.ALWAYS_ON), k(60L)));
    add(new BackupPlan(ref(EAST, "microsoft.dataprotection/backupvaults/backuppolicies", RG
        + "microsoft.dataprotection/backupvaults/bv-juminhyo/backuppolicies/blob-daily"), k(30), List.of(vault.id()),
        k(List.of()), k(List.of(new BackupPlan.Selection(List.of(st.id()), Map.of(), Map.of(), List.of())))));
    String law = RG + "microsoft.operationalinsights/workspaces/law-juminhyo";
    add(new AuditTrail(ref("global", "microsoft.insights/diagnosticsettings",
        "/subscriptions/" + SUBSCRIPTION + "/providers/microsoft.insights/diagnosticsettings/activity-to-law"),
        true, k(true), Known.notOffered(), k(true), k(law)));
    add(new LogStore(ref(EAST, "microsoft.operationalinsights/workspaces", law), true, Retention.days(730), k(false)));
    add(new LocationGuardrail(ref("global", "microsoft.authorization/policyassignments",
        "/subscriptions/" + SUBSCRIPTION + "/providers/microsoft.authorization/policyassignments/allowed-locations"),
        List.of(EAST, "japanwest"), true));
    service("global", THREAT_DETECTION, true, "Microsoft Defender for Cloud (CSPM, Servers P2, Storage)");
    service("global", MALWARE_PROTECTION, true, "Defender for Servers P2 (Defender for Endpoint)");
    service("global", VULNERABILITY_SCANNING, true, "Defender for Servers vulnerability assessment");
    service("global", CONFIG_RECORDING, true, "Activity log (always on, 90 days) exported to Log Analytics");
    service("global", INCIDENT_NOTIFICATION, true, "Security contact soc@example.lg.jp (high severity alerts)");
    tenant();
  }

  /** Entra ID: facts of the tenant (an organization-level scope), not of the subscription. */
  private void tenant() {
    ResourceRef policy = new ResourceRef(Cloud.AZURE, TENANT, "global", "microsoft.graph/passwordpolicy",
        "/tenants/" + TENANT + "/passwordpolicy");
    add(PasswordPolicyDefaults.of(Cloud.AZURE, policy));
    add(new SecurityService(new ResourceRef(Cloud.AZURE, TENANT, "global", "microsoft.graph/conditionalaccesspolicy",
        "/tenants/" + TENANT + "/conditionalaccess/policies/require-mfa-all-users"), MFA_ENFORCEMENT, k(true),
        "Conditional Access: require MFA for all users"));
    add(new Principal(new ResourceRef(Cloud.AZURE, TENANT, "global", "microsoft.graph/user",
        "/tenants/" + TENANT + "/users/suzuki@example.lg.jp"), Principal.Kind.USER, "suzuki@example.lg.jp",
        k(true), k(false), Known.notOffered(), null, null));
    add(new Principal(new ResourceRef(Cloud.AZURE, TENANT, "global", "microsoft.graph/user",
        "/tenants/" + TENANT + "/users/maint_vendor.example.com#EXT#"), Principal.Kind.GUEST,
        "maint@vendor.example.com", k(true), k(true), Known.notOffered(), "vendor.example.com", null));
  }
}
