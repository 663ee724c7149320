package cloudscan.gcp.collect;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The explicit list of reads: the read-only guard refuses every call not on it (by GAPIC method
 * name on the HTTP/JSON channel, by HTTP method and path on the other transports), and the
 * least-privilege custom role is generated from its permissions.
 */
public final class ReadList {

  private static final String RM = "cloudresourcemanager";
  private static final String C = "compute";
  private static final String CV1 = "google.cloud.compute.v1.";
  private static final String KMS = "google.cloud.kms.v1.KeyManagementService/";
  private static final String RMV3 = "google.cloud.resourcemanager.v3.";

  public static final List<Read> READS = List.of(
      // Resource Manager: scope, hierarchy, IAM policies
      new Read(RM, RMV3 + "Projects/SearchProjects", "GET", "/v3/projects:search", "resourcemanager.projects.get"),
      new Read(RM, RMV3 + "Projects/ListProjects", "GET", "/v3/projects", "resourcemanager.projects.list"),
      new Read(RM, RMV3 + "Projects/GetProject", "GET", "/v3/projects/{p}", "resourcemanager.projects.get"),
      new Read(RM, RMV3 + "Projects/GetIamPolicy", "POST", "/v3/projects/{p}:getIamPolicy",
          "resourcemanager.projects.getIamPolicy"),
      new Read(RM, RMV3 + "Folders/GetFolder", "GET", "/v3/folders/{f}", "resourcemanager.folders.get"),
      new Read(RM, RMV3 + "Folders/ListFolders", "GET", "/v3/folders", "resourcemanager.folders.list"),
      new Read(RM, RMV3 + "Folders/GetIamPolicy", "POST", "/v3/folders/{f}:getIamPolicy",
          "resourcemanager.folders.getIamPolicy"),
      new Read(RM, RMV3 + "Organizations/GetOrganization", "GET", "/v3/organizations/{o}",
          "resourcemanager.organizations.get"),
      new Read(RM, RMV3 + "Organizations/GetIamPolicy", "POST", "/v3/organizations/{o}:getIamPolicy",
          "resourcemanager.organizations.getIamPolicy"),
      // Cloud Asset: inventory and residency
      new Read("cloudasset", "google.cloud.asset.v1.AssetService/SearchAllResources", "GET",
          "/v1/{t}/{id}:searchAllResources", "cloudasset.assets.searchAllResources"),
      // Organization policy: location guardrail
      new Read("orgpolicy", "google.cloud.orgpolicy.v2.OrgPolicy/GetEffectivePolicy", "GET",
          "/v2/{t}/{id}/policies/{c}:getEffectivePolicy", "orgpolicy.policy.get"),
      // Compute Engine: firewalls, networks, TLS, disks
      new Read(C, CV1 + "Firewalls/List", "GET", "/compute/v1/projects/{p}/global/firewalls", "compute.firewalls.list"),
      new Read(C, CV1 + "Networks/List", "GET", "/compute/v1/projects/{p}/global/networks", "compute.networks.list"),
      new Read(C, CV1 + "Networks/GetEffectiveFirewalls", "GET",
          "/compute/v1/projects/{p}/global/networks/{n}/getEffectiveFirewalls", "compute.networks.getEffectiveFirewalls"),
      new Read(C, CV1 + "NetworkFirewallPolicies/AggregatedList", "GET", "/compute/v1/projects/{p}/aggregated/firewallPolicies",
          "compute.firewallPolicies.list,compute.regionFirewallPolicies.list"),
      new Read(C, CV1 + "FirewallPolicies/ListAssociations", "GET",
          "/compute/v1/locations/global/firewallPolicies/listAssociations", "compute.organizations.listAssociations"),
      new Read(C, CV1 + "Subnetworks/AggregatedList", "GET", "/compute/v1/projects/{p}/aggregated/subnetworks",
          "compute.subnetworks.list"),
      new Read(C, CV1 + "Instances/AggregatedList", "GET", "/compute/v1/projects/{p}/aggregated/instances",
          "compute.instances.list"),
      new Read(C, CV1 + "SslPolicies/List", "GET", "/compute/v1/projects/{p}/global/sslPolicies",
          "compute.sslPolicies.list"),
      new Read(C, CV1 + "TargetHttpsProxies/AggregatedList", "GET",
          "/compute/v1/projects/{p}/aggregated/targetHttpsProxies", "compute.targetHttpsProxies.list"),
      new Read(C, CV1 + "TargetSslProxies/List", "GET", "/compute/v1/projects/{p}/global/targetSslProxies",
          "compute.targetSslProxies.list"),
      new Read(C, CV1 + "SslCertificates/AggregatedList", "GET", "/compute/v1/projects/{p}/aggregated/sslCertificates",
          "compute.sslCertificates.list"),
      new Read(C, CV1 + "Disks/AggregatedList", "GET", "/compute/v1/projects/{p}/aggregated/disks", "compute.disks.list"),
      new Read(C, CV1 + "ResourcePolicies/AggregatedList", "GET", "/compute/v1/projects/{p}/aggregated/resourcePolicies",
          "compute.resourcePolicies.list"),
      new Read(C, CV1 + "SnapshotSettingsService/Get", "GET", "/compute/v1/projects/{p}/global/snapshotSettings",
          "compute.snapshotSettings.get"),
      new Read(C, CV1 + "Snapshots/List", "GET", "/compute/v1/projects/{p}/global/snapshots", "compute.snapshots.list"),
      // Cloud KMS
      new Read("cloudkms", "google.cloud.location.Locations/ListLocations", "GET", "/v1/projects/{p}/locations",
          "cloudkms.locations.list"),
      new Read("cloudkms", KMS + "ListKeyRings", "GET", "/v1/projects/{p}/locations/{l}/keyRings", "cloudkms.keyRings.list"),
      new Read("cloudkms", KMS + "ListCryptoKeys", "GET", "/v1/projects/{p}/locations/{l}/keyRings/{r}/cryptoKeys",
          "cloudkms.cryptoKeys.list"),
      new Read("cloudkms", KMS + "ListCryptoKeyVersions", "GET",
          "/v1/projects/{p}/locations/{l}/keyRings/{r}/cryptoKeys/{k}/cryptoKeyVersions", "cloudkms.cryptoKeyVersions.list"),
      // Cloud Storage (JSON API through the Storage client)
      new Read("storage", "rest:storage.buckets.list", "GET", "/storage/v1/b", "storage.buckets.list"),
      new Read("storage", "rest:storage.buckets.getIamPolicy", "GET", "/storage/v1/b/{b}/iam",
          "storage.buckets.getIamPolicy"),
      // Cloud Logging (REST surface: the Java config client is gRPC-only)
      new Read("logging", "rest:logging.buckets.list", "GET", "/v2/{t}/{id}/locations/-/buckets", "logging.buckets.list"),
      new Read("logging", "rest:logging.sinks.list", "GET", "/v2/{t}/{id}/sinks", "logging.sinks.list"),
      // IAM (REST surface: the Java IAM admin client is gRPC-only)
      new Read("iam", "rest:iam.serviceAccounts.list", "GET", "/v1/projects/{p}/serviceAccounts",
          "iam.serviceAccounts.list"),
      new Read("iam", "rest:iam.serviceAccountKeys.list", "GET", "/v1/projects/{p}/serviceAccounts/{sa}/keys",
          "iam.serviceAccountKeys.list"),
      // Cloud SQL Admin (API client)
      new Read("sqladmin", "rest:sql.instances.list", "GET", "/v1/projects/{p}/instances", "cloudsql.instances.list"),
      // Security Command Center: the organization's tier, each service's effective enablement state
      // (Security Command Center Management), notification configs
      new Read("securitycenter", "rest:securitycenter.organizations.getSubscription", "GET",
          "/v1beta2/organizations/{o}/subscription", "securitycenter.subscription.get"),
      new Read("securitycenter", "google.cloud.securitycenter.v2.SecurityCenter/ListNotificationConfigs", "GET",
          "/v2/{t}/{id}/locations/{l}/notificationConfigs", "securitycenter.notificationconfig.list"),
      new Read("securitycentermanagement",
          "google.cloud.securitycentermanagement.v1.SecurityCenterManagement/GetSecurityCenterService", "GET",
          "/v1/{t}/{id}/locations/{l}/securityCenterServices/{s}", "securitycentermanagement.securityCenterServices.get"),
      // Backup and DR
      new Read("backupdr", "google.cloud.backupdr.v1.BackupDR/ListBackupVaults", "GET",
          "/v1/projects/{p}/locations/{l}/backupVaults", "backupdr.backupVaults.list"),
      new Read("backupdr", "google.cloud.backupdr.v1.BackupDR/ListBackupPlans", "GET",
          "/v1/projects/{p}/locations/{l}/backupPlans", "backupdr.backupPlans.list"),
      new Read("backupdr", "google.cloud.backupdr.v1.BackupDR/ListBackupPlanAssociations", "GET",
          "/v1/projects/{p}/locations/{l}/backupPlanAssociations", "backupdr.backupPlanAssociations.list"),
      // OS Config (VM Manager): vulnerability reports of the zones that run instances
      new Read("osconfig", "google.cloud.osconfig.v1.OsConfigZonalService/ListVulnerabilityReports", "GET",
          "/v1/projects/{p}/locations/{z}/instances/{i}/vulnerabilityReports", "osconfig.vulnerabilityReports.list"),
      // Certificate Manager: certificates of every location
      new Read("certificatemanager", "google.cloud.certificatemanager.v1.CertificateManager/ListCertificates", "GET",
          "/v1/projects/{p}/locations/{l}/certificates", "certificatemanager.certs.list"));

  private static final List<Pattern> PATHS = READS.stream().map(Read::pathPattern).toList();

  private ReadList() { }

  /** The read a GAPIC method name stands for, if it is on the list. */
  public static Optional<Read> byMethod(String fullMethodName) {
    return READS.stream().filter(r -> r.method().equals(fullMethodName)).findFirst();
  }

  /** The read an HTTP request stands for, if its method and path are on the list. */
  public static Optional<Read> byRequest(String httpMethod, String path) {
    for (int i = 0; i < READS.size(); i++) {
      Read r = READS.get(i);
      if (r.http().equalsIgnoreCase(httpMethod) && PATHS.get(i).matcher(path).matches()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Every permission the reads need, sorted (a read that needs several names them comma-separated). */
  public static Set<String> permissions() {
    return READS.stream().flatMap(r -> java.util.Arrays.stream(r.permission().split(",")))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
