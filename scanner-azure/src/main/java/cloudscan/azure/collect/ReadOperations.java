package cloudscan.azure.collect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one list of Azure requests the scanner may send, exactly: HTTP method, path template and the
 * permission that authorises it (an Azure RBAC action for Resource Manager, a Microsoft Graph
 * permission for Graph). {@link ReadOnlyGuard} refuses every other request before it is sent, and
 * {@link AzureRole} turns the same list into the least-privilege custom role.
 *
 * <p>A template's {@code {x}} matches one path segment; segments compare case-insensitively (ARM
 * paths are); empty segments are ignored (the SDK sends {@code //subscriptions/...} for some calls).
 * Resource Manager exposes a few reads as POST (the Resource Graph query); those are listed with their
 * method. POSTs that return secrets ({@code listKeys}, {@code listServiceSas}…) and provider
 * registration are refused even if someone lists them ({@link #isDenied}).
 */
public final class ReadOperations {

  /** Which API a request goes to: Resource Manager, Microsoft Graph, or a Key Vault's data plane. */
  public enum Plane { ARM, GRAPH, KEYVAULT }

  /** One request the scanner sends. */
  public record Operation(String name, Plane plane, String method, String path, String permission) {

    /** {@code service:Operation}, the key of call counts and gap operations. */
    public String key() {
      return name;
    }

    boolean matches(Plane p, String m, List<String> segments) {
      if (p != plane || !method.equalsIgnoreCase(m)) {
        return false;
      }
      List<String> mine = segments(path);
      if (mine.size() != segments.size()) {
        return false;
      }
      for (int i = 0; i < mine.size(); i++) {
        String t = mine.get(i);
        if (!(t.startsWith("{") && t.endsWith("}")) && !t.equalsIgnoreCase(segments.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  private static final String SUB = "/subscriptions/{subscription}";
  private static final String RG = SUB + "/resourceGroups/{group}/providers";

  /** Every request the scanner sends. */
  public static final List<Operation> ALL = List.of(
      // subscriptions, locations, management groups (AzureSessionFactory, Locations)
      arm("resources:Subscriptions_List", "GET", "/subscriptions", "Microsoft.Resources/subscriptions/read"),
      arm("resources:Subscriptions_ListLocations", "GET", SUB + "/locations",
          "Microsoft.Resources/subscriptions/locations/read"),
      arm("management:ManagementGroups_GetDescendants", "GET",
          "/providers/Microsoft.Management/managementGroups/{group}/descendants",
          "Microsoft.Management/managementGroups/descendants/read"),
      // inventory (ResourceGraphCollector)
      arm("resourcegraph:Resources", "POST", "/providers/Microsoft.ResourceGraph/resources",
          "Microsoft.ResourceGraph/resources/read"),
      arm("authorization:Permissions_ListForSubscription", "GET",
          SUB + "/providers/Microsoft.Authorization/permissions", "Microsoft.Authorization/permissions/read"),
      // network
      arm("network:NetworkSecurityGroups_ListAll", "GET", SUB + "/providers/Microsoft.Network/networkSecurityGroups",
          "Microsoft.Network/networkSecurityGroups/read"),
      arm("network:NetworkInterfaces_ListAll", "GET", SUB + "/providers/Microsoft.Network/networkInterfaces",
          "Microsoft.Network/networkInterfaces/read"),
      arm("network:VirtualNetworks_ListAll", "GET", SUB + "/providers/Microsoft.Network/virtualNetworks",
          "Microsoft.Network/virtualNetworks/read"),
      arm("network:BastionHosts_List", "GET", SUB + "/providers/Microsoft.Network/bastionHosts",
          "Microsoft.Network/bastionHosts/read"),
      arm("network:NetworkWatchers_ListAll", "GET", SUB + "/providers/Microsoft.Network/networkWatchers",
          "Microsoft.Network/networkWatchers/read"),
      arm("network:FlowLogs_List", "GET", RG + "/Microsoft.Network/networkWatchers/{watcher}/flowLogs",
          "Microsoft.Network/networkWatchers/flowLogs/read"),
      arm("network:AzureFirewalls_ListAll", "GET", SUB + "/providers/Microsoft.Network/azureFirewalls",
          "Microsoft.Network/azureFirewalls/read"),
      arm("network:FirewallPolicies_ListAll", "GET", SUB + "/providers/Microsoft.Network/firewallPolicies",
          "Microsoft.Network/firewallPolicies/read"),
      arm("network:FirewallPolicyRuleCollectionGroups_List", "GET",
          RG + "/Microsoft.Network/firewallPolicies/{policy}/ruleCollectionGroups",
          "Microsoft.Network/firewallPolicies/ruleCollectionGroups/read"),
      arm("network:IpGroups_List", "GET", SUB + "/providers/Microsoft.Network/ipGroups", "Microsoft.Network/ipGroups/read"),
      arm("network:ApplicationGateways_ListAll", "GET", SUB + "/providers/Microsoft.Network/applicationGateways",
          "Microsoft.Network/applicationGateways/read"),
      arm("network:ApplicationGateways_ListAvailableSslPredefinedPolicies", "GET",
          SUB + "/providers/Microsoft.Network/applicationGatewayAvailableSslOptions/default/predefinedPolicies",
          "Microsoft.Network/applicationGatewayAvailableSslOptions/predefinedPolicies/read"),
      // App Service (no served library: raw GETs)
      arm("web:WebApps_List", "GET", SUB + "/providers/Microsoft.Web/sites", "Microsoft.Web/sites/read"),
      arm("web:WebApps_GetConfiguration", "GET", RG + "/Microsoft.Web/sites/{site}/config/web",
          "Microsoft.Web/sites/config/read"),
      // Front Door Standard/Premium (no served library: raw GETs)
      arm("cdn:Profiles_List", "GET", SUB + "/providers/Microsoft.Cdn/profiles", "Microsoft.Cdn/profiles/read"),
      arm("cdn:AFDCustomDomains_ListByProfile", "GET", RG + "/Microsoft.Cdn/profiles/{profile}/customDomains",
          "Microsoft.Cdn/profiles/customdomains/read"),
      arm("cdn:AFDEndpoints_ListByProfile", "GET", RG + "/Microsoft.Cdn/profiles/{profile}/afdEndpoints",
          "Microsoft.Cdn/profiles/afdendpoints/read"),
      arm("cdn:Routes_ListByEndpoint", "GET", RG + "/Microsoft.Cdn/profiles/{profile}/afdEndpoints/{endpoint}/routes",
          "Microsoft.Cdn/profiles/afdendpoints/routes/read"),
      // compute
      arm("compute:VirtualMachines_ListAll", "GET", SUB + "/providers/Microsoft.Compute/virtualMachines",
          "Microsoft.Compute/virtualMachines/read"),
      arm("compute:Disks_List", "GET", SUB + "/providers/Microsoft.Compute/disks", "Microsoft.Compute/disks/read"),
      arm("compute:DiskEncryptionSets_List", "GET", SUB + "/providers/Microsoft.Compute/diskEncryptionSets",
          "Microsoft.Compute/diskEncryptionSets/read"),
      arm("security:JitNetworkAccessPolicies_List", "GET", SUB + "/providers/Microsoft.Security/jitNetworkAccessPolicies",
          "Microsoft.Security/locations/jitNetworkAccessPolicies/read"),
      // Key Vault (management plane only: no secret, key material or data-plane call)
      arm("keyvault:Vaults_ListBySubscription", "GET", SUB + "/providers/Microsoft.KeyVault/vaults",
          "Microsoft.KeyVault/vaults/read"),
      arm("keyvault:Keys_List", "GET", RG + "/Microsoft.KeyVault/vaults/{vault}/keys",
          "Microsoft.KeyVault/vaults/keys/read"),
      arm("keyvault:Keys_Get", "GET", RG + "/Microsoft.KeyVault/vaults/{vault}/keys/{key}",
          "Microsoft.KeyVault/vaults/keys/read"),
      arm("keyvault:ManagedHsms_ListBySubscription", "GET", SUB + "/providers/Microsoft.KeyVault/managedHSMs",
          "Microsoft.KeyVault/managedHSMs/read"),
      arm("keyvault:ManagedHsmKeys_List", "GET", RG + "/Microsoft.KeyVault/managedHSMs/{hsm}/keys",
          "Microsoft.KeyVault/managedHSMs/keys/read"),
      arm("keyvault:ManagedHsmKeys_Get", "GET", RG + "/Microsoft.KeyVault/managedHSMs/{hsm}/keys/{key}",
          "Microsoft.KeyVault/managedHSMs/keys/read"),
      // storage
      arm("storage:StorageAccounts_List", "GET", SUB + "/providers/Microsoft.Storage/storageAccounts",
          "Microsoft.Storage/storageAccounts/read"),
      arm("storage:ManagementPolicies_Get", "GET",
          RG + "/Microsoft.Storage/storageAccounts/{account}/managementPolicies/{policy}",
          "Microsoft.Storage/storageAccounts/managementPolicies/read"),
      arm("storage:BlobContainers_List", "GET",
          RG + "/Microsoft.Storage/storageAccounts/{account}/blobServices/default/containers",
          "Microsoft.Storage/storageAccounts/blobServices/containers/read"),
      // activity log and Log Analytics
      arm("monitor:DiagnosticSettings_List", "GET", SUB + "/providers/Microsoft.Insights/diagnosticSettings",
          "Microsoft.Insights/diagnosticSettings/read"),
      arm("loganalytics:Workspaces_List", "GET", SUB + "/providers/Microsoft.OperationalInsights/workspaces",
          "Microsoft.OperationalInsights/workspaces/read"),
      arm("loganalytics:Workspaces_Get", "GET", RG + "/Microsoft.OperationalInsights/workspaces/{workspace}",
          "Microsoft.OperationalInsights/workspaces/read"),
      arm("loganalytics:Tables_Get", "GET", RG + "/Microsoft.OperationalInsights/workspaces/{workspace}/tables/{table}",
          "Microsoft.OperationalInsights/workspaces/tables/read"),
      // Defender for Cloud (no management library served: raw GETs through the same pipeline)
      arm("security:Pricings_List", "GET", SUB + "/providers/Microsoft.Security/pricings",
          "Microsoft.Security/pricings/read"),
      arm("security:SecurityContacts_List", "GET", SUB + "/providers/Microsoft.Security/securityContacts",
          "Microsoft.Security/securityContacts/read"),
      // access
      arm("authorization:RoleAssignments_ListForSubscription", "GET",
          SUB + "/providers/Microsoft.Authorization/roleAssignments", "Microsoft.Authorization/roleAssignments/read"),
      arm("authorization:ClassicAdministrators_List", "GET",
          SUB + "/providers/Microsoft.Authorization/classicAdministrators", "Microsoft.Authorization/classicAdministrators/read"),
      arm("managedservices:RegistrationAssignments_List", "GET",
          SUB + "/providers/Microsoft.ManagedServices/registrationAssignments",
          "Microsoft.ManagedServices/registrationAssignments/read"),
      arm("authorization:PolicyAssignments_List", "GET", SUB + "/providers/Microsoft.Authorization/policyAssignments",
          "Microsoft.Authorization/policyAssignments/read"),
      arm("authorization:PolicyExemptions_List", "GET", SUB + "/providers/Microsoft.Authorization/policyExemptions",
          "Microsoft.Authorization/policyExemptions/read"),
      // SQL
      arm("sql:Servers_List", "GET", SUB + "/providers/Microsoft.Sql/servers", "Microsoft.Sql/servers/read"),
      arm("sql:FirewallRules_ListByServer", "GET", RG + "/Microsoft.Sql/servers/{server}/firewallRules",
          "Microsoft.Sql/servers/firewallRules/read"),
      arm("sql:VirtualNetworkRules_ListByServer", "GET", RG + "/Microsoft.Sql/servers/{server}/virtualNetworkRules",
          "Microsoft.Sql/servers/virtualNetworkRules/read"),
      arm("sql:Databases_ListByServer", "GET", RG + "/Microsoft.Sql/servers/{server}/databases",
          "Microsoft.Sql/servers/databases/read"),
      arm("sql:TransparentDataEncryptions_Get", "GET",
          RG + "/Microsoft.Sql/servers/{server}/databases/{database}/transparentDataEncryption/{name}",
          "Microsoft.Sql/servers/databases/transparentDataEncryption/read"),
      arm("sql:FailoverGroups_ListByServer", "GET", RG + "/Microsoft.Sql/servers/{server}/failoverGroups",
          "Microsoft.Sql/servers/failoverGroups/read"),
      // Cosmos DB (no served library: raw GET)
      arm("cosmosdb:DatabaseAccounts_List", "GET", SUB + "/providers/Microsoft.DocumentDB/databaseAccounts",
          "Microsoft.DocumentDB/databaseAccounts/read"),
      // backup
      arm("recoveryservices:Vaults_ListBySubscriptionId", "GET", SUB + "/providers/Microsoft.RecoveryServices/vaults",
          "Microsoft.RecoveryServices/vaults/read"),
      arm("recoveryservicesbackup:BackupPolicies_List", "GET",
          RG + "/Microsoft.RecoveryServices/vaults/{vault}/backupPolicies",
          "Microsoft.RecoveryServices/vaults/backupPolicies/read"),
      arm("recoveryservicesbackup:BackupProtectedItems_List", "GET",
          RG + "/Microsoft.RecoveryServices/vaults/{vault}/backupProtectedItems",
          "Microsoft.RecoveryServices/vaults/backupProtectedItems/read"),
      arm("dataprotection:BackupVaults_GetInSubscription", "GET", SUB + "/providers/Microsoft.DataProtection/backupVaults",
          "Microsoft.DataProtection/backupVaults/read"),
      arm("dataprotection:BackupPolicies_List", "GET",
          RG + "/Microsoft.DataProtection/backupVaults/{vault}/backupPolicies",
          "Microsoft.DataProtection/backupVaults/backupPolicies/read"),
      arm("dataprotection:BackupInstances_List", "GET",
          RG + "/Microsoft.DataProtection/backupVaults/{vault}/backupInstances",
          "Microsoft.DataProtection/backupVaults/backupInstances/read"),
      // Microsoft Graph (tenant): optional permissions, a missing one is a gap for those facts only
      graph("graph:identitySecurityDefaultsEnforcementPolicy_Get", "/v1.0/policies/identitySecurityDefaultsEnforcementPolicy",
          "Policy.Read.All"),
      graph("graph:conditionalAccessPolicies_List", "/v1.0/identity/conditionalAccess/policies", "Policy.Read.All"),
      graph("graph:userRegistrationDetails_List", "/v1.0/reports/authenticationMethods/userRegistrationDetails",
          "AuditLog.Read.All"),
      // Key Vault data plane (certificates only: the management plane has none). Metadata and the
      // public certificate; never a secret, a private key or a key operation. An RBAC data action.
      new Operation("keyvault-data:GetCertificates", Plane.KEYVAULT, "GET", "/certificates",
          "Microsoft.KeyVault/vaults/certificates/read"),
      new Operation("keyvault-data:GetCertificate", Plane.KEYVAULT, "GET", "/certificates/{certificate}",
          "Microsoft.KeyVault/vaults/certificates/read"));

  /**
   * RBAC actions Resource Graph checks row by row: an identity without them gets an answer that
   * silently leaves those rows out, so the role grants them although no request names them.
   */
  public static final List<String> GRAPH_ROW_ACTIONS = List.of(
      "Microsoft.Compute/virtualMachines/patchAssessmentResults/read",
      "Microsoft.Compute/virtualMachines/patchAssessmentResults/softwarePatches/read");

  /** Last path segments of POST actions that return secrets or change state: never sent. */
  private static final Set<String> DENIED_ACTIONS = Set.of("listkeys", "listservicesas", "listaccountsas",
      "listconnectionstrings", "listcredentials", "listsecrets", "regeneratekey", "register", "unregister",
      "listadminkeys", "listquerykeys", "listcredential", "getsecret", "backup", "restore");

  private static final Map<String, Operation> BY_NAME = index();

  private ReadOperations() { }

  /** The operation {@code method path} of {@code plane} is, if the scanner may send it. */
  public static Optional<Operation> find(Plane plane, String method, String path) {
    List<String> segments = segments(path);
    if (isDenied(method, segments)) {
      return Optional.empty();
    }
    return ALL.stream().filter(o -> o.matches(plane, method, segments)).findFirst();
  }

  public static Optional<Operation> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** True for secret-returning or state-changing actions, whatever the list says. */
  static boolean isDenied(String method, List<String> segments) {
    if (segments.isEmpty()) {
      return false;
    }
    String last = segments.get(segments.size() - 1).toLowerCase(Locale.ROOT);
    return !"GET".equalsIgnoreCase(method) && DENIED_ACTIONS.contains(last);
  }

  /** The RBAC actions of {@link #ALL} and {@link #GRAPH_ROW_ACTIONS}, sorted, without duplicates. */
  public static List<String> rbacActions() {
    Set<String> out = new TreeSet<>(permissions(Plane.ARM));
    out.addAll(GRAPH_ROW_ACTIONS);
    return List.copyOf(out);
  }

  /** The RBAC data actions of {@link #ALL} (Key Vault data plane), sorted. */
  public static List<String> dataActions() {
    return permissions(Plane.KEYVAULT);
  }

  /** The Microsoft Graph application permissions of {@link #ALL}, sorted. */
  public static List<String> graphPermissions() {
    return permissions(Plane.GRAPH);
  }

  private static List<String> permissions(Plane plane) {
    Set<String> out = new TreeSet<>();
    ALL.stream().filter(o -> o.plane() == plane).forEach(o -> out.add(o.permission()));
    return List.copyOf(out);
  }

  static List<String> segments(String path) {
    return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  private static Operation arm(String name, String method, String path, String action) {
    return new Operation(name, Plane.ARM, method, path, action);
  }

  private static Operation graph(String name, String path, String permission) {
    return new Operation(name, Plane.GRAPH, "GET", path, permission);
  }

  private static Map<String, Operation> index() {
    Map<String, Operation> byName = new LinkedHashMap<>();
    for (Operation o : ALL) {
      if (byName.containsKey(o.name()) && !byName.get(o.name()).path().equalsIgnoreCase(o.path())) {
        throw new IllegalStateException("two paths for " + o.name());
      }
      byName.putIfAbsent(o.name(), o);
    }
    return Map.copyOf(byName);
  }
}
