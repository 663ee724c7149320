package cloudscan.azure.testing;

import static cloudscan.azure.testing.AzureFake.SUB;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;

/**
 * One subscription and its tenant with every service the Azure provider reads, compliant and
 * violating twins side by side (the collector tests' fixtures): the estate of the read-list test and
 * of the CLI's end-to-end test. Callers override single answers after {@link #stub} (later stubs win).
 */
public final class FakeEstate {

  private static final String S = "/subscriptions/" + SUB;
  private static final String APP = S + "/resourceGroups/rg-app/providers";
  private static final String LOGS = S + "/resourceGroups/rg-logs/providers";
  private static final String BACKUP = S + "/resourceGroups/rg-backup/providers";
  private static final String DB = S + "/resourceGroups/rg-db/providers/Microsoft.Sql/servers/";
  private static final String WATCHER = S + "/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/"
      + "NetworkWatcher_japaneast";
  private static final String RG_QUERY = "/providers/Microsoft.ResourceGraph/resources";

  private FakeEstate() { }

  public static AzureFake stub(AzureFake f) {
    f.answer("POST", RG_QUERY, 200, "resourcegraph/page1.json");
    f.server().stubFor(f.on("POST", RG_QUERY).atPriority(1).withRequestBody(matchingJsonPath("$.options['$skipToken']"))
        .willReturn(AzureFake.json(200, AzureFake.fixture("resourcegraph/page2.json"))));
    f.server().stubFor(f.on("POST", RG_QUERY).atPriority(1).withRequestBody(matchingJsonPath("$.query", containing("powerState")))
        .willReturn(AzureFake.json(200, f.render("updates/vms.json"))));
    f.server().stubFor(f.on("POST", RG_QUERY).atPriority(1)
        .withRequestBody(matchingJsonPath("$.query", containing("patchassessmentresources")))
        .willReturn(AzureFake.json(200, f.render("updates/patches.json"))));
    f.get(S + "/locations", "backup/locations.json");
    f.get(S + "/providers/Microsoft.Authorization/permissions", "authorization/permissions-reader.json");
    network(f);
    f.get(S + "/providers/Microsoft.KeyVault/vaults", "keyvault/vaults.json")
        .get(APP + "/Microsoft.KeyVault/vaults/kv-locked/keys", "keyvault/keys-kv-locked.json")
        .get(APP + "/Microsoft.KeyVault/vaults/kv-locked/keys/cmk-storage", "keyvault/key-cmk-storage.json")
        .get(APP + "/Microsoft.KeyVault/vaults/kv-open/keys", "keyvault/keys-kv-open.json")
        .get(APP + "/Microsoft.KeyVault/vaults/kv-open/keys/legacy-import", "keyvault/key-legacy-import.json")
        .get(APP + "/Microsoft.KeyVault/vaults/kv-open/keys/signing-p256", "keyvault/key-signing-p256.json")
        .vault("kv-open", "/certificates", "keyvault/certs-kv-open.json")
        .vault("kv-open", "/certificates/cert-www", "keyvault/cert-www.json")
        .vault("kv-locked", "/certificates", "keyvault/certs-kv-locked.json")
        .vault("kv-locked", "/certificates/cert-api", "keyvault/cert-api.json");
    f.get(S + "/providers/Microsoft.KeyVault/managedHSMs", "keyvault/hsms.json")
        .get(APP + "/Microsoft.KeyVault/managedHSMs/hsm-city/keys", "keyvault/hsm-keys.json")
        .get(APP + "/Microsoft.KeyVault/managedHSMs/hsm-city/keys/cmk-hsm", "keyvault/hsm-key-cmk-hsm.json")
        .get(APP + "/Microsoft.KeyVault/managedHSMs/hsm-city/keys/signing-hsm", "keyvault/hsm-key-signing-hsm.json");
    f.get(S + "/providers/Microsoft.Storage/storageAccounts", "storage/accounts.json")
        .get(S + "/providers/Microsoft.DocumentDB/databaseAccounts", "cosmos/accounts.json");
    f.get(S + "/providers/Microsoft.Insights/diagnosticSettings", "monitor/diagnostic-settings.json")
        .get(LOGS + "/Microsoft.OperationalInsights/workspaces/law-audit", "monitor/workspace-law-audit.json")
        .get(LOGS + "/Microsoft.OperationalInsights/workspaces/law-audit/tables/AzureActivity", "monitor/table-azureactivity.json")
        .get(LOGS + "/Microsoft.Storage/storageAccounts/stauditlogs/managementPolicies/default", "monitor/management-policy.json")
        .get(LOGS + "/Microsoft.Storage/storageAccounts/stauditlogs/blobServices/default/containers", "monitor/containers.json")
        .get(S + "/providers/Microsoft.OperationalInsights/workspaces", "monitor/workspaces.json");
    f.get(S + "/providers/Microsoft.Security/pricings", "security/pricings-servers-on.json")
        .get(S + "/providers/Microsoft.Security/securityContacts", "security/contacts.json");
    f.get(S + "/providers/Microsoft.Authorization/roleAssignments", "authorization/role-assignments.json")
        .get(S + "/providers/Microsoft.ManagedServices/registrationAssignments", "authorization/lighthouse.json")
        .get(S + "/providers/Microsoft.Authorization/classicAdministrators", "authorization/classic-admins.json")
        .get(S + "/providers/Microsoft.Authorization/policyAssignments", "policy/assignments-japan.json")
        .list(S + "/providers/Microsoft.Authorization/policyExemptions");
    sql(f);
    backup(f);
    web(f);
    f.get("/v1.0/policies/identitySecurityDefaultsEnforcementPolicy", "entra/security-defaults-off.json")
        .get("/v1.0/identity/conditionalAccess/policies", "entra/ca-mfa-with-exclusion.json")
        .get("/v1.0/reports/authenticationMethods/userRegistrationDetails", "entra/users-page1.json")
        .page("/v1.0/reports/authenticationMethods/userRegistrationDetails", "page2", "entra/users-page2.json");
    return f;
  }

  private static void network(AzureFake f) {
    f.get(S + "/providers/Microsoft.Network/networkSecurityGroups", "network/nsgs.json")
        .get(S + "/providers/Microsoft.Network/networkInterfaces", "network/nics-page1.json")
        .page(S + "/providers/Microsoft.Network/networkInterfaces", "page2", "network/nics-page2.json")
        .get(S + "/providers/Microsoft.Network/virtualNetworks", "network/vnets.json")
        .get(S + "/providers/Microsoft.Network/bastionHosts", "network/bastion-hosts.json")
        .get(S + "/providers/Microsoft.Network/ipGroups", "network/ipgroups.json")
        .get(S + "/providers/Microsoft.Network/azureFirewalls", "network/azurefirewalls.json")
        .get(S + "/providers/Microsoft.Network/firewallPolicies", "network/firewall-policies.json")
        .get(S + "/resourceGroups/rg-hub/providers/Microsoft.Network/firewallPolicies/fwp-hub/ruleCollectionGroups",
            "network/fwp-hub-groups.json")
        .get(S + "/resourceGroups/rg-hub/providers/Microsoft.Network/firewallPolicies/fwp-base/ruleCollectionGroups",
            "network/fwp-base-groups.json")
        .get(S + "/providers/Microsoft.Network/networkWatchers", "network/watchers.json")
        .get(WATCHER + "/flowLogs", "network/flowlogs.json")
        .get(S + "/providers/Microsoft.Compute/virtualMachines", "network/vms.json")
        .get(S + "/providers/Microsoft.Compute/disks", "compute/disks.json")
        .get(S + "/providers/Microsoft.Compute/diskEncryptionSets", "compute/des.json")
        .get(S + "/providers/Microsoft.Security/jitNetworkAccessPolicies", "security/jit-other-vm.json");
  }

  /** App Service, Application Gateway and Front Door: TLS twins (the collector tests' fixtures). */
  private static void web(AzureFake f) {
    String sites = S + "/resourceGroups/rg-web/providers/Microsoft.Web/sites/";
    f.get(S + "/providers/Microsoft.Web/sites", "web/sites.json");
    for (String app : new String[] {"app-secure", "app-legacy", "app-mtls"}) {
      f.get(sites + app + "/config/web", "web/config-" + app + ".json");
    }
    f.get(S + "/providers/Microsoft.Network/applicationGateways", "network/appgateways.json")
        .get(S + "/providers/Microsoft.Network/applicationGatewayAvailableSslOptions/default/predefinedPolicies",
            "network/ssl-predefined.json");
    String fd = S + "/resourceGroups/rg-edge/providers/Microsoft.Cdn/profiles/fd-city";
    f.get(S + "/providers/Microsoft.Cdn/profiles", "cdn/profiles.json").get(fd + "/customDomains", "cdn/domains.json")
        .get(fd + "/afdEndpoints", "cdn/endpoints.json").get(fd + "/afdEndpoints/ep-city/routes", "cdn/routes.json");
  }

  private static void sql(AzureFake f) {
    f.get(S + "/providers/Microsoft.Sql/servers", "sql/servers.json");
    for (String s : new String[] {"sql-open", "sql-locked"}) {
      f.get(DB + s + "/databases", "sql/dbs-" + s + ".json");
    }
    f.get(DB + "sql-open/firewallRules", "sql/fw-sql-open.json").list(DB + "sql-open/virtualNetworkRules")
        .list(DB + "sql-open/failoverGroups")
        .get(DB + "sql-open/databases/juminhyo/transparentDataEncryption/current", "sql/tde-open.json")
        .get(DB + "sql-locked/firewallRules", "sql/fw-sql-locked.json")
        .get(DB + "sql-locked/virtualNetworkRules", "sql/vnet-sql-locked.json")
        .get(DB + "sql-locked/failoverGroups", "sql/fg-sql-locked.json")
        .get(DB + "sql-locked/databases/juminhyo/transparentDataEncryption/current", "sql/tde-locked.json");
  }

  private static void backup(AzureFake f) {
    String rs = BACKUP + "/Microsoft.RecoveryServices/vaults";
    String dp = BACKUP + "/Microsoft.DataProtection/backupVaults";
    f.get(S + "/providers/Microsoft.RecoveryServices/vaults", "backup/rsv-vaults.json")
        .get(rs + "/rsv-locked/backupPolicies", "backup/rsv-locked-policies.json")
        .get(rs + "/rsv-locked/backupProtectedItems", "backup/rsv-locked-items.json")
        .list(rs + "/rsv-open/backupPolicies").list(rs + "/rsv-open/backupProtectedItems")
        .get(S + "/providers/Microsoft.DataProtection/backupVaults", "backup/dp-vaults.json")
        .get(dp + "/bv-blobs/backupPolicies", "backup/dp-policies.json")
        .get(dp + "/bv-blobs/backupInstances", "backup/dp-instances.json");
  }
}
