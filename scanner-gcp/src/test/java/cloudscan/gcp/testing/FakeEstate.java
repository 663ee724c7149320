package cloudscan.gcp.testing;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.List;

/**
 * Serves the fake estate of {@code src/test/resources/gcp/estate/} (see its README) on a
 * {@link GcpFake}: organization 42 with folder 7, the compliant {@code city-prod}, the violating
 * {@code city-dev} and the DELETE_REQUESTED {@code city-old}.
 */
public final class FakeEstate {

  public static final String ORG = "organizations/42";
  public static final String PROD = "city-prod";
  public static final String DEV = "city-dev";
  public static final List<String> PROJECTS = List.of(PROD, DEV);

  private FakeEstate() { }

  public static GcpFake serve(GcpFake fake) {
    fake.getFile("/v3/projects:search", "estate/search.json")
        .getFile("/v3/folders/7", "estate/folder.json")
        .getFile("/v3/organizations/42", "estate/org.json")
        .post("/v3/organizations/42:getIamPolicy", GcpFake.resource("estate/org-iam.json"))
        .post("/v3/folders/7:getIamPolicy", GcpFake.resource("estate/folder-iam.json"))
        .getFile("/v2/organizations/42/sinks", "estate/org-sinks.json")
        .getFile("/v2/organizations/42/locations/-/buckets", "estate/org-log-buckets.json")
        .get("/v2/folders/7/sinks", "{}")
        .getFile("/v2/folders/7/locations/-/buckets", "estate/folder-log-buckets.json")
        .get("/v1beta2/organizations/42/subscription", "{\"name\": \"organizations/42/subscription\", \"tier\": \"STANDARD\"}")
        .getFile("/v2/organizations/42/locations/global/notificationConfigs", "estate/org-scc-notifications.json");
    PROJECTS.forEach(p -> project(fake, p));
    // SCC Management: the organization was downgraded from a Premium trial (ETD and VMTD still
    // intended ENABLED, effective DISABLED); city-prod kept its own ENABLED override from the trial,
    // which the STANDARD tier overrules; city-dev inherits.
    scc(fake, "organizations/42", "organizations/42", "ENABLED", "DISABLED");
    scc(fake, "projects/city-prod", "projects/100000000001", "ENABLED", "ENABLED");
    scc(fake, "projects/city-dev", "projects/100000000002", "INHERITED", "DISABLED");
    fake.getFile("/v1/projects/city-dev/locations/asia-northeast1/keyRings/main/cryptoKeys/legacy-wrap/cryptoKeyVersions",
        "estate/city-dev/key-versions.json");
    fake.getFile("/v1/projects/city-prod/locations/asia-northeast1-b/instances/-/vulnerabilityReports",
        "estate/city-prod/vulnerability-reports.json")
        .get("/v1/projects/city-dev/locations/asia-northeast1-a/instances/-/vulnerabilityReports", "{}");
    fake.getFile("/compute/v1/projects/city-prod/global/networks/prod-vpc/getEffectiveFirewalls",
            "estate/city-prod/effective-firewalls.json")
        .getFile("/compute/v1/projects/city-dev/global/networks/default/getEffectiveFirewalls",
            "estate/city-dev/effective-firewalls.json");
    fake.getFile("/storage/v1/b/city-dev-share/iam", "estate/city-dev/bucket-iam-city-dev-share.json")
        .get("/v1/projects/city-prod/serviceAccounts/etl@city-prod.iam.gserviceaccount.com/keys", "{}")
        .getFile("/v1/projects/city-dev/serviceAccounts/ci@city-dev.iam.gserviceaccount.com/keys", "estate/city-dev/sa-keys.json");
    return fake;
  }

  /**
   * Security Command Center Management {@code securityCenterServices.get} of {@code path}: Event
   * and VM Threat Detection as {@code intended} / {@code effective}, Security Health Analytics
   * effectively ENABLED.
   */
  private static void scc(GcpFake fake, String path, String name, String intended, String effective) {
    String base = "/locations/global/securityCenterServices/";
    fake.get("/v1/" + path + base + "event-threat-detection", sccService(name + base + "event-threat-detection", intended, effective))
        .get("/v1/" + path + base + "vm-threat-detection", sccService(name + base + "vm-threat-detection", intended, effective))
        .get("/v1/" + path + base + "security-health-analytics", sccService(name + base + "security-health-analytics",
            name.startsWith("organizations/") ? "ENABLED" : "INHERITED", "ENABLED"));
  }

  /** A {@code SecurityCenterService} (Security Command Center Management v1) as the REST API returns it. */
  public static String sccService(String name, String intended, String effective) {
    return """
        {"name": "%s", "intendedEnablementState": "%s", "effectiveEnablementState": "%s",
         "modules": {}, "updateTime": "2026-06-01T00:00:00Z"}""".formatted(name, intended, effective);
  }

  private static void project(GcpFake fake, String p) {
    String dir = "estate/" + p + "/";
    fake.post("/v3/projects/" + p + ":getIamPolicy", GcpFake.resource(dir + "iam.json"))
        .getFile("/v1/projects/" + p + ":searchAllResources", dir + "asset.json")
        .getFile("/v2/projects/" + p + "/policies/gcp.resourceLocations:getEffectivePolicy", dir + "orgpolicy.json")
        .getFile("/v2/projects/" + p + "/policies/iam.allowedPolicyMemberDomains:getEffectivePolicy",
            dir + "orgpolicy-member-domains.json")
        .getFile("/v2/projects/" + p + "/policies/iam.disableServiceAccountKeyCreation:getEffectivePolicy",
            dir + "orgpolicy-sa-key-creation.json")
        .get("/v2/projects/" + p + "/policies/storage.publicAccessPrevention:getEffectivePolicy", "{}")
        .get("/v2/projects/" + p + "/policies/iam.managed.disableServiceAccountKeyCreation:getEffectivePolicy", "{}")
        .getFile("/compute/v1/projects/" + p + "/global/networks", dir + "networks.json")
        .getFile("/compute/v1/projects/" + p + "/global/firewalls", dir + "firewalls.json")
        .get("/compute/v1/projects/" + p + "/aggregated/firewallPolicies", "{}")
        .getFile("/compute/v1/projects/" + p + "/aggregated/subnetworks", dir + "subnetworks.json")
        .getFile("/compute/v1/projects/" + p + "/aggregated/instances", dir + "instances.json")
        .getFile("/v1/projects/" + p + "/locations", dir + "kms-locations.json")
        .getFile("/v1/projects/" + p + "/locations/asia-northeast1/keyRings", dir + "keyrings.json")
        .get("/v1/projects/" + p + "/locations/global/keyRings", "{}")
        .getFile("/v1/projects/" + p + "/locations/asia-northeast1/keyRings/main/cryptoKeys", dir + "cryptokeys.json")
        .stub(WireMock.get(WireMock.urlPathEqualTo("/storage/v1/b")).withQueryParam("project", WireMock.equalTo(p)),
            GcpFake.resource(dir + "buckets.json"))
        .getFile("/v2/projects/" + p + "/sinks", dir + "sinks.json")
        .getFile("/v2/projects/" + p + "/locations/-/buckets", dir + "log-buckets.json")
        .get("/compute/v1/projects/" + p + "/global/sslPolicies", p.equals(PROD) ? GcpFake.resource(dir + "ssl-policies.json") : "{}")
        .getFile("/compute/v1/projects/" + p + "/aggregated/targetHttpsProxies", dir + "https-proxies.json")
        .get("/compute/v1/projects/" + p + "/global/targetSslProxies", "{}")
        .getFile("/compute/v1/projects/" + p + "/aggregated/sslCertificates", dir + "ssl-certificates.json")
        .getFile("/v1/projects/" + p + "/locations/-/certificates", dir + "certificate-manager.json")
        .getFile("/compute/v1/projects/" + p + "/aggregated/disks", dir + "disks.json")
        .getFile("/compute/v1/projects/" + p + "/global/snapshots", dir + "snapshots.json")
        .getFile("/compute/v1/projects/" + p + "/aggregated/resourcePolicies", dir + "resource-policies.json")
        .getFile("/compute/v1/projects/" + p + "/global/snapshotSettings", dir + "snapshot-settings.json")
        .getFile("/v1/projects/" + p + "/instances", dir + "sql.json")
        .getFile("/v1/projects/" + p + "/locations/-/backupVaults", dir + "backup-vaults.json")
        .get("/v1/projects/" + p + "/locations/-/backupPlans", p.equals(PROD) ? GcpFake.resource(dir + "backup-plans.json") : "{}")
        .get("/v1/projects/" + p + "/locations/-/backupPlanAssociations",
            p.equals(PROD) ? GcpFake.resource(dir + "backup-plan-associations.json") : "{}")
        .getFile("/v1/projects/" + p + "/serviceAccounts", dir + "service-accounts.json")
        .get("/v2/projects/" + p + "/locations/global/notificationConfigs", "{}");
  }
}
