package cloudscan.azure.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;

import cloudscan.azure.testing.AzureFake;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A large fake estate for the benchmark: {@code subs} subscriptions of about {@code perSub} resources
 * each (NSGs, NICs, VMs, storage accounts, vaults with keys, SQL servers with databases, backup
 * vaults, workspaces, role assignments), their Resource Graph inventory paged by 1,000 rows, and a
 * tenant with 1,000 users paged by 100. Bodies follow the same REST shapes as the test fixtures.
 */
final class SyntheticAzure {

  private final AzureFake f;
  private final int perSub;

  SyntheticAzure(AzureFake f, int perSub) {
    this.f = f;
    this.perSub = perSub;
  }

  static String sub(int i) {
    return String.format("%08d-0000-4000-8000-000000000000", i + 1);
  }

  void stub(List<String> subs) {
    subs.forEach(this::subscription);
    inventory(subs);
    patches(subs);
    f.server().stubFor(f.on("GET", "/certificates").atPriority(3).willReturn(AzureFake.json(200, "{\"value\":[]}")));
    f.list("/subscriptions", subs.stream().map(s -> "{\"id\":\"/subscriptions/" + s + "\",\"subscriptionId\":\"" + s
        + "\",\"tenantId\":\"" + AzureFake.TENANT + "\",\"displayName\":\"" + s + "\",\"state\":\"Enabled\"}").toArray(String[]::new));
    f.get("/v1.0/policies/identitySecurityDefaultsEnforcementPolicy", "{\"isEnabled\":true}").list("/v1.0/identity/conditionalAccess/policies");
    String users = "/v1.0/reports/authenticationMethods/userRegistrationDetails";
    for (int p = 0; p < 10; p++) {
      String body = "{\"value\":" + array(100, i -> "{\"id\":\"u" + i + "\",\"userPrincipalName\":\"u" + i
          + "@example.lg.jp\",\"userType\":\"member\",\"isMfaRegistered\":true}") + (p < 9 ? ",\"@odata.nextLink\":\"${base}"
          + users + "?$skiptoken=p" + (p + 1) + "\"}" : "}");
      if (p == 0) {
        f.get(users, body);
      } else {
        f.page(users, "p" + p, body);
      }
    }
  }

  private void subscription(String s) {
    String base = "/subscriptions/" + s + "/providers/";
    String rg = "/subscriptions/" + s + "/resourceGroups/rg/providers/";
    int n = perSub / 5;
    f.get(base + "Microsoft.Authorization/permissions", "{\"value\":[{\"actions\":[\"*/read\"],\"notActions\":[]}]}");
    f.get(base + "Microsoft.Network/networkSecurityGroups", "{\"value\":" + array(n, i -> "{\"id\":\"" + rg
        + "Microsoft.Network/networkSecurityGroups/nsg" + i + "\",\"name\":\"nsg" + i + "\",\"type\":\"Microsoft.Network/"
        + "networkSecurityGroups\",\"location\":\"japaneast\",\"properties\":{\"securityRules\":[{\"name\":\"ssh\",\"properties\":"
        + "{\"protocol\":\"Tcp\",\"sourceAddressPrefix\":\"10.0.0.0/8\",\"destinationPortRange\":\"22\",\"access\":\"Allow\","
        + "\"priority\":100,\"direction\":\"Inbound\"}}],\"networkInterfaces\":[{\"id\":\"" + rg
        + "Microsoft.Network/networkInterfaces/nic" + i + "\"}]}}") + "}");
    f.get(base + "Microsoft.Network/networkInterfaces", "{\"value\":" + array(n, i -> "{\"id\":\"" + rg
        + "Microsoft.Network/networkInterfaces/nic" + i + "\",\"name\":\"nic" + i + "\",\"type\":\"Microsoft.Network/"
        + "networkInterfaces\",\"location\":\"japaneast\",\"properties\":{\"ipConfigurations\":[{\"name\":\"c\",\"properties\":"
        + "{\"subnet\":{\"id\":\"" + rg + "Microsoft.Network/virtualNetworks/v/subnets/s\"}}}]}}") + "}");
    f.get(base + "Microsoft.Compute/virtualMachines", "{\"value\":" + array(n / 2, i -> "{\"id\":\"" + rg
        + "Microsoft.Compute/virtualMachines/vm" + i + "\",\"name\":\"vm" + i + "\",\"type\":\"Microsoft.Compute/virtualMachines\","
        + "\"location\":\"japaneast\",\"properties\":{\"networkProfile\":{\"networkInterfaces\":[{\"id\":\"" + rg
        + "Microsoft.Network/networkInterfaces/nic" + i + "\"}]}}}") + "}");
    f.get(base + "Microsoft.Storage/storageAccounts", "{\"value\":" + array(n, i -> "{\"id\":\"" + rg
        + "Microsoft.Storage/storageAccounts/st" + i + "\",\"name\":\"st" + i + "\",\"type\":\"Microsoft.Storage/storageAccounts\","
        + "\"location\":\"japaneast\",\"sku\":{\"name\":\"Standard_ZRS\"},\"properties\":{\"minimumTlsVersion\":\"TLS1_2\"}}") + "}");
    vaults(base, rg, n / 5);
    List.of("Microsoft.Network/virtualNetworks", "Microsoft.Network/bastionHosts", "Microsoft.Network/networkWatchers",
        "Microsoft.Sql/servers", "Microsoft.Insights/diagnosticSettings", "Microsoft.OperationalInsights/workspaces",
        "Microsoft.Security/securityContacts", "Microsoft.Authorization/roleAssignments",
        "Microsoft.ManagedServices/registrationAssignments", "Microsoft.Authorization/policyAssignments",
        "Microsoft.Authorization/policyExemptions", "Microsoft.RecoveryServices/vaults", "Microsoft.DataProtection/backupVaults",
        "Microsoft.DocumentDB/databaseAccounts", "Microsoft.Web/sites", "Microsoft.Network/applicationGateways",
        "Microsoft.Network/azureFirewalls", "Microsoft.Network/firewallPolicies", "Microsoft.Network/ipGroups",
        "Microsoft.Cdn/profiles", "Microsoft.KeyVault/managedHSMs", "Microsoft.Compute/disks",
        "Microsoft.Compute/diskEncryptionSets", "Microsoft.Security/jitNetworkAccessPolicies",
        "Microsoft.Authorization/classicAdministrators")
        .forEach(p -> f.list(base + p));
    f.list(base + "Microsoft.Security/pricings", "{\"name\":\"VirtualMachines\",\"properties\":{\"pricingTier\":\"Standard\"}}");
  }

  private void vaults(String base, String rg, int vaults) {
    f.get(base + "Microsoft.KeyVault/vaults", "{\"value\":" + array(vaults, i -> "{\"id\":\"" + rg
        + "Microsoft.KeyVault/vaults/kv" + i + "\",\"name\":\"kv" + i + "\",\"type\":\"Microsoft.KeyVault/vaults\",\"location\":"
        + "\"japaneast\",\"properties\":{\"vaultUri\":\"https://kv" + i + ".vault.azure.net/\",\"enablePurgeProtection\":true,"
        + "\"tenantId\":\"" + AzureFake.TENANT + "\",\"sku\":{\"family\":\"A\",\"name\":\"standard\"},\"accessPolicies\":[]}}") + "}");
    for (int v = 0; v < vaults; v++) {
      String kv = rg + "Microsoft.KeyVault/vaults/kv" + v + "/keys";
      int vault = v;
      f.get(kv, "{\"value\":" + array(5, k -> "{\"id\":\"" + kv + "/k" + k + "\",\"name\":\"k" + k + "\"}") + "}");
      for (int k = 0; k < 5; k++) {
        f.get(kv + "/k" + k, "{\"id\":\"" + kv + "/k" + k + "\",\"name\":\"k" + k + "\",\"properties\":{\"kty\":\"RSA\",\"keySize\":"
            + "3072,\"keyUri\":\"https://kv" + vault + ".vault.azure.net/keys/k" + k + "\",\"attributes\":{\"enabled\":true}}}");
      }
    }
  }

  /** Every subscription's resources in one Resource Graph answer, 1,000 rows a page. */
  private void inventory(List<String> subs) {
    List<String> rows = new ArrayList<>();
    subs.forEach(s -> {
      for (int i = 0; i < perSub; i++) {
        rows.add("{\"id\":\"/subscriptions/" + s + "/resourceGroups/rg/providers/Microsoft.Compute/disks/d" + i
            + "\",\"type\":\"microsoft.compute/disks\",\"location\":\"japaneast\",\"subscriptionId\":\"" + s + "\"}");
      }
    });
    String path = "/providers/Microsoft.ResourceGraph/resources";
    int pages = (rows.size() + 999) / 1000;
    for (int p = 0; p < pages; p++) {
      String body = "{\"totalRecords\":" + rows.size() + ",\"count\":1000,\"resultTruncated\":\"false\","
          + (p < pages - 1 ? "\"$skipToken\":\"p" + (p + 1) + "\"," : "") + "\"data\":["
          + String.join(",", rows.subList(p * 1000, Math.min(rows.size(), (p + 1) * 1000))) + "]}";
      var m = f.on("POST", path);
      m = p == 0 ? m : m.atPriority(1).withRequestBody(matchingJsonPath("$.options['$skipToken']", equalTo("p" + p)));
      f.server().stubFor(m.willReturn(AzureFake.json(200, body)));
    }
  }

  /** The VMs and their patch assessments (one summary and two missing patches per VM), one answer each. */
  private void patches(List<String> subs) {
    List<String> vms = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    subs.forEach(s -> {
      for (int i = 0; i < perSub / 10; i++) {
        String vm = "/subscriptions/" + s + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm" + i;
        vms.add("{\"id\":\"" + vm + "\",\"location\":\"japaneast\",\"subscriptionId\":\"" + s
            + "\",\"power\":\"PowerState/running\"}");
        rows.add("{\"id\":\"" + vm + "/patchAssessmentResults/latest\",\"type\":\"microsoft.compute/virtualmachines/"
            + "patchassessmentresults\",\"location\":\"japaneast\",\"subscriptionId\":\"" + s + "\",\"properties\":"
            + "{\"status\":\"Succeeded\",\"lastModifiedDateTime\":\"${recent}\"}}");
        for (int k = 0; k < 2; k++) {
          rows.add("{\"id\":\"" + vm + "/patchAssessmentResults/latest/softwarePatches/p" + k + "\",\"type\":\"microsoft."
              + "compute/virtualmachines/patchassessmentresults/softwarepatches\",\"location\":\"japaneast\",\"subscriptionId\":\""
              + s + "\",\"properties\":{\"patchName\":\"KB50" + k + "\",\"kbId\":\"50" + k + "\",\"classifications\":"
              + "[\"Security\"],\"msrcSeverity\":\"Important\",\"publishedDateTime\":\"2026-11-10T00:00:00Z\"}}");
        }
      }
    });
    String path = "/providers/Microsoft.ResourceGraph/resources";
    f.server().stubFor(f.on("POST", path).atPriority(1).withRequestBody(matchingJsonPath("$.query", containing("powerState")))
        .willReturn(AzureFake.json(200, page(vms))));
    f.server().stubFor(f.on("POST", path).atPriority(1)
        .withRequestBody(matchingJsonPath("$.query", containing("patchassessmentresources")))
        .willReturn(AzureFake.json(200, f.render(page(rows)))));
  }

  private static String page(List<String> rows) {
    return "{\"totalRecords\":" + rows.size() + ",\"count\":" + rows.size() + ",\"resultTruncated\":\"false\",\"data\":["
        + String.join(",", rows) + "]}";
  }

  private static String array(int n, IntFunction<String> item) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(item.apply(i));
    }
    return "[" + String.join(",", out) + "]";
  }
}
