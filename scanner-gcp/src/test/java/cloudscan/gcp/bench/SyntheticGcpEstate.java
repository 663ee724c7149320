package cloudscan.gcp.bench;

import com.github.tomakehurst.wiremock.client.WireMock;
import cloudscan.gcp.testing.FakeEstate;
import cloudscan.gcp.testing.GcpFake;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A synthetic organization for the benchmark: {@code projects} projects with about
 * {@code resources} resources each, spread over firewall rules, buckets, KMS keys, instances,
 * log buckets and Asset results, in the REST shapes the collectors read.
 */
final class SyntheticGcpEstate {

  static final int KMS_LOCATIONS = 10;

  private SyntheticGcpEstate() { }

  static void serve(GcpFake fake, int projects, int resources) {
    int each = Math.max(1, resources / 5);
    List<String> ps = new ArrayList<>();
    for (int i = 0; i < projects; i++) {
      ps.add("{\"name\": \"projects/%d\", \"projectId\": \"bench-%03d\", \"parent\": \"organizations/42\", \"state\": \"ACTIVE\"}"
          .formatted(500000000000L + i, i));
    }
    fake.get("/v3/projects:search", "{\"projects\": [" + String.join(",", ps) + "]}")
        .get("/v3/organizations/42", "{\"name\": \"organizations/42\", \"displayName\": \"bench.example.jp\"}")
        .post("/v3/organizations/42:getIamPolicy", "{\"version\": 1, \"bindings\": []}")
        .get("/v1beta2/organizations/42/subscription", "{\"tier\": \"PREMIUM\"}")
        .get("/v2/organizations/42/locations/global/notificationConfigs", "{}")
        .get("/v2/organizations/42/sinks", "{}")
        .get("/v2/organizations/42/locations/-/buckets", "{}");
    scc(fake, "organizations/42");
    for (int i = 0; i < projects; i++) {
      project(fake, "bench-%03d".formatted(i), each);
      scc(fake, "projects/bench-%03d".formatted(i));
    }
  }

  /** Every SCC service effectively ENABLED at {@code parent} (Security Command Center Management). */
  private static void scc(GcpFake fake, String parent) {
    for (String service : List.of("event-threat-detection", "vm-threat-detection", "security-health-analytics")) {
      String name = parent + "/locations/global/securityCenterServices/" + service;
      fake.get("/v1/" + name, FakeEstate.sccService(name, "INHERITED", "ENABLED"));
    }
  }

  private static void project(GcpFake fake, String p, int n) {
    String c = "https://www.googleapis.com/compute/v1/projects/" + p + "/";
    fake.post("/v3/projects/" + p + ":getIamPolicy", "{\"version\": 1, \"bindings\": [{\"role\": \"roles/viewer\", \"members\": "
            + "[\"user:a@bench.example.jp\"]}]}")
        .get("/v1/projects/" + p + ":searchAllResources", list("results", n, i -> ("{\"name\": \"//bigquery.googleapis.com/projects/"
            + "%s/datasets/d%d\", \"assetType\": \"bigquery.googleapis.com/Dataset\", \"location\": \"asia-northeast1\"}")
            .formatted(p, i)))
        .get("/v2/projects/" + p + "/policies/gcp.resourceLocations:getEffectivePolicy",
            "{\"spec\": {\"rules\": [{\"values\": {\"allowedValues\": [\"in:japan-locations\"]}}]}}")
        .get("/v2/projects/" + p + "/policies/iam.allowedPolicyMemberDomains:getEffectivePolicy",
            "{\"spec\": {\"rules\": [{\"values\": {\"allowedValues\": [\"C0bench\"]}}]}}")
        .get("/v2/projects/" + p + "/policies/iam.disableServiceAccountKeyCreation:getEffectivePolicy",
            "{\"spec\": {\"rules\": [{\"enforce\": true}]}}")
        .get("/compute/v1/projects/" + p + "/global/networks", "{\"items\": [{\"name\": \"vpc\", \"selfLink\": \"" + c
            + "global/networks/vpc\"}]}")
        .get("/compute/v1/projects/" + p + "/global/firewalls", list("items", n, i -> ("{\"name\": \"fw-%d\", \"network\": \"%s"
            + "global/networks/vpc\", \"sourceRanges\": [\"10.%d.0.0/16\"], \"allowed\": [{\"IPProtocol\": \"tcp\", \"ports\": "
            + "[\"%d\"]}]}").formatted(i, c, i % 250, 1000 + i)))
        .get("/compute/v1/projects/" + p + "/global/networks/vpc/getEffectiveFirewalls", "{}")
        .get("/compute/v1/projects/" + p + "/aggregated/firewallPolicies", "{}")
        .get("/compute/v1/projects/" + p + "/aggregated/resourcePolicies", "{}")
        .get("/compute/v1/projects/" + p + "/aggregated/sslCertificates", "{}")
        .get("/v1/projects/" + p + "/locations/-/certificates", "{}")
        .get("/v1/projects/" + p + "/locations/asia-northeast1-a/instances/-/vulnerabilityReports", list("vulnerabilityReports", n,
            i -> "{\"name\": \"projects/%s/locations/asia-northeast1-a/instances/vm-%d/vulnerabilityReport\"}".formatted(p, i)))
        .get("/compute/v1/projects/" + p + "/aggregated/subnetworks", "{\"items\": {\"regions/asia-northeast1\": {\"subnetworks\": "
            + "[{\"name\": \"s\", \"network\": \"" + c + "global/networks/vpc\", \"logConfig\": {\"enable\": true}}]}}}")
        .get("/compute/v1/projects/" + p + "/aggregated/instances", "{\"items\": {\"zones/asia-northeast1-a\": "
            + list("instances", n, i -> ("{\"name\": \"vm-%d\", \"zone\": \"%szones/asia-northeast1-a\", \"networkInterfaces\": "
            + "[{\"network\": \"%sglobal/networks/vpc\"}]}").formatted(i, c, c)) + "}}")
        .get("/compute/v1/projects/" + p + "/global/sslPolicies", "{}")
        .get("/compute/v1/projects/" + p + "/aggregated/targetHttpsProxies", "{}")
        .get("/compute/v1/projects/" + p + "/global/targetSslProxies", "{}")
        .get("/compute/v1/projects/" + p + "/aggregated/disks", "{}")
        .get("/compute/v1/projects/" + p + "/global/snapshots", "{}")
        .get("/v1/projects/" + p + "/instances", "{}")
        .get("/v1/projects/" + p + "/locations/-/backupVaults", "{}")
        .get("/v1/projects/" + p + "/locations/-/backupPlans", "{\"backupPlans\": [{\"name\": \"projects/" + p
            + "/locations/asia-northeast1/backupPlans/vms\", \"state\": \"ACTIVE\", \"backupVault\": \"projects/" + p
            + "/locations/asia-northeast1/backupVaults/v\", \"backupRules\": [{\"ruleId\": \"d\", "
            + "\"backupRetentionDays\": 35, \"standardSchedule\": {\"recurrenceType\": \"DAILY\"}}]}]}")
        .get("/v1/projects/" + p + "/locations/-/backupPlanAssociations", list("backupPlanAssociations", n, i -> ("{\"resourceType\": "
            + "\"compute.googleapis.com/Instance\", \"resource\": \"projects/%s/zones/asia-northeast1-a/instances/vm-%d\", "
            + "\"backupPlan\": \"projects/%s/locations/asia-northeast1/backupPlans/vms\", \"state\": \"ACTIVE\"}").formatted(p, i, p)))
        .get("/v1/projects/" + p + "/serviceAccounts", "{}")
        .get("/v2/projects/" + p + "/sinks", "{}")
        .get("/v2/projects/" + p + "/locations/-/buckets", "{\"buckets\": [{\"name\": \"projects/" + p
            + "/locations/asia-northeast1/buckets/_Required\", \"retentionDays\": 400, \"locked\": true}]}")
        .get("/v2/projects/" + p + "/locations/global/notificationConfigs", "{}")
        .stub(WireMock.get(WireMock.urlPathEqualTo("/storage/v1/b")).withQueryParam("project", WireMock.equalTo(p)),
            list("items", n, i -> ("{\"name\": \"%s-b%d\", \"location\": \"ASIA-NORTHEAST1\", \"iamConfiguration\": "
                + "{\"uniformBucketLevelAccess\": {\"enabled\": true}, \"publicAccessPrevention\": \"enforced\"}}").formatted(p, i)));
    List<String> locs = new ArrayList<>();
    for (int l = 0; l < KMS_LOCATIONS; l++) {
      String loc = l == 0 ? "asia-northeast1" : "loc-" + l;
      locs.add("{\"locationId\": \"" + loc + "\"}");
      String ring = "projects/" + p + "/locations/" + loc + "/keyRings/r";
      fake.get("/v1/projects/" + p + "/locations/" + loc + "/keyRings", l == 0 ? "{\"keyRings\": [{\"name\": \"" + ring + "\"}]}" : "{}");
      if (l == 0) {
        fake.get("/v1/" + ring + "/cryptoKeys", list("cryptoKeys", n, i -> ("{\"name\": \"%s/cryptoKeys/k%d\", \"purpose\": "
            + "\"ENCRYPT_DECRYPT\", \"rotationPeriod\": \"7776000s\", \"primary\": {\"name\": \"%s/cryptoKeys/k%d/cryptoKeyVersions/1\", "
            + "\"state\": \"ENABLED\", \"algorithm\": \"GOOGLE_SYMMETRIC_ENCRYPTION\", \"protectionLevel\": \"HSM\"}}")
            .formatted(ring, i, ring, i)));
      }
    }
    fake.get("/v1/projects/" + p + "/locations", "{\"locations\": [" + String.join(",", locs) + "]}");
  }

  private static String list(String field, int n, IntFunction<String> item) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(item.apply(i));
    }
    return "{\"" + field + "\": [" + String.join(",", items) + "]}";
  }
}
