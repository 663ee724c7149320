package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.gcp.testing.FakeEstate;
import cloudscan.gcp.testing.GcpFake;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cloudscan scan --provider gcp} end to end: the real CLI against a plain-HTTP fake of an
 * organization (scanner-gcp's FakeEstate: a compliant project and its violating twin, a folder,
 * a DELETE_REQUESTED project), with an access-token file; then the same estate with the Cloud
 * Asset API disabled in one project.
 */
class GcpScanEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path tmp;

  private static GcpFake fake;
  private static Cli scan;
  private static JsonNode report;

  static Path token() throws URISyntaxException {
    return Path.of(GcpScanEndToEndTest.class.getResource("/gcp/access-token.txt").toURI());
  }

  static Cli scan(GcpFake f, String out, String... extra) throws URISyntaxException {
    List<String> args = new ArrayList<>(List.of("scan", "--provider", "gcp", "--gcp-endpoint", f.url(),
        "--gcp-access-token-file", token().toString(), "--now", "2026-12-01T00:00:00Z",
        "--out", tmp.resolve(out).toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @BeforeAll
  static void scanTheEstate() throws Exception {
    fake = FakeEstate.serve(new GcpFake());
    scan = scan(fake, "scan");
    report = JSON.readTree(tmp.resolve("scan/report.json").toFile());
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  private static JsonNode requirement(String id) {
    for (JsonNode r : report.get("requirements")) {
      if (r.get("id").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no requirement " + id);
  }

  /** Status of {@code checkId} on the resource whose ID contains {@code idPart}, under {@code requirement}. */
  private static String status(String requirement, String checkId, String idPart) {
    List<String> hits = new ArrayList<>();
    for (JsonNode f : requirement(requirement).get("findings")) {
      if (f.get("checkId").asText().equals(checkId) && f.get("resource").get("id").asText().contains(idPart)) {
        hits.add(f.get("status").asText());
      }
    }
    assertThat(hits).as("%s findings on %s under %s", checkId, idPart, requirement).hasSize(1);
    return hits.get(0);
  }

  @Test
  void scan_exitsNotMet_withoutGaps() {
    assertThat(scan.exit()).as(scan.err()).isEqualTo(ExitCode.NOT_MET);
    assertThat(report.get("gaps")).as(scan.err()).isEmpty();
  }

  @Test
  void sshFromAnywhere_failsAdminPort_iapOnlySshPasses() {
    assertThat(status("3.3", "net.admin-port-open", "projects/city-dev/global/networks/default")).isEqualTo("FAIL");
    assertThat(status("3.3", "net.admin-port-open", "projects/city-prod/global/networks/prod-vpc")).isEqualTo("PASS");
  }

  /** The message of {@code checkId}'s one finding on the resource whose ID contains {@code idPart}. */
  private static String message(String requirement, String checkId, String idPart) {
    for (JsonNode f : requirement(requirement).get("findings")) {
      if (f.get("checkId").asText().equals(checkId) && f.get("resource").get("id").asText().contains(idPart)) {
        return f.get("message").toString();
      }
    }
    throw new AssertionError("no " + checkId + " finding on " + idPart);
  }

  @Test
  void networkFirewallPolicyOpeningPostgres_failsThroughThePolicy_internalOnlyPolicyPasses() {
    assertThat(status("3.4", "net.database-port-open", "projects/city-dev/global/networks/default")).isEqualTo("FAIL");
    assertThat(message("3.4", "net.database-port-open", "projects/city-dev/global/networks/default"))
        .contains("dev-net-policy/open-postgres");
    assertThat(status("3.4", "net.database-port-open", "projects/city-prod/global/networks/prod-vpc")).isEqualTo("PASS");
  }

  @Test
  void organizationPolicyDenyingRdp_leavesOnlyDevsSshOpen() {
    assertThat(message("3.3", "net.admin-port-open", "projects/city-dev/global/networks/default"))
        .contains("22").doesNotContain("3389");
  }

  @Test
  void snapshotScheduleKeepingSnapshotsInTheAsiaMultiRegion_failsResidency_osakaPasses() {
    assertThat(status("1.1", "residency.replica-outside-japan", "resourcePolicies/city-dev-daily")).isEqualTo("FAIL");
    assertThat(status("1.1", "residency.replica-outside-japan", "resourcePolicies/city-prod-daily")).isEqualTo("PASS");
  }

  @Test
  void folderDefaultBucketKept30Days_fails_organizationRaisedTo400Passes() {
    assertThat(status("3.2", "audit.log-retention-short", "folders/7/locations/global/buckets/_Default")).isEqualTo("FAIL");
    assertThat(status("3.2", "audit.log-retention-short", "organizations/42/locations/global/buckets/_Default"))
        .isEqualTo("PASS");
  }

  @Test
  void dataAccessLogsIntoAnUnlockedBucket_warn_intoALockedOnePass() {
    assertThat(status("2.4", "audit.log-validation-off", "projects/city-dev/auditLogs/dataAccess")).isEqualTo("WARN");
    assertThat(status("2.4", "audit.log-validation-off", "projects/city-prod/auditLogs/dataAccess")).isEqualTo("PASS");
  }

  /**
   * The organization is on the STANDARD tier: Event and VM Threat Detection are Premium/Enterprise
   * services, off in every project, even in city-prod whose own SCC Management settings (left
   * ENABLED by a Premium trial) and finding sources say otherwise.
   */
  @Test
  void standardSccTier_hasNoThreatDetection_norVmThreatDetection_inAnyProject() {
    String prodEtd = "projects/city-prod/locations/global/securityCenterServices/event-threat-detection";
    assertThat(status("2.5", "detect.threat-detection-off", "organizations/42")).isEqualTo("FAIL");
    assertThat(status("2.5", "detect.threat-detection-off", prodEtd)).isEqualTo("FAIL");
    assertThat(message("2.5", "detect.threat-detection-off", prodEtd)).contains("STANDARD", "not offered on the Standard tier");
    assertThat(status("2.5", "detect.threat-detection-off", "projects/city-dev/locations/global/securityCenterServices/"))
        .isEqualTo("FAIL");
    assertThat(requirement("2.5").get("status").asText()).isEqualTo("NOT_MET");
    assertThat(status("3.10", "detect.malware-protection-off", "gcp/city-prod/asia-northeast1")).isEqualTo("FAIL");
    assertThat(status("3.10", "detect.malware-protection-off", "gcp/city-dev/asia-northeast1")).isEqualTo("FAIL");
  }

  @Test
  void subnetWithoutFlowLogs_fails_loggedSubnetPasses() {
    assertThat(status("3.2", "net.flow-logs-off", "city-dev/global/networks/default")).isEqualTo("FAIL");
    assertThat(status("3.2", "net.flow-logs-off", "city-prod/global/networks/prod-vpc")).isEqualTo("PASS");
  }

  @Test
  void bucketInUsCentral1_failsResidency_asia1BucketPasses() {
    assertThat(requirement("1.1").get("status").asText()).isEqualTo("NOT_MET");
    assertThat(status("1.1", "residency.outside-japan", "//storage.googleapis.com/city-dev-us")).isEqualTo("FAIL");
    assertThat(status("1.1", "residency.outside-japan", "//storage.googleapis.com/city-prod-archive")).isEqualTo("PASS");
  }

  @Test
  void sha1OaepKey_failsKeyStrength_hsmSymmetricKeyPasses() {
    assertThat(status("3.6", "crypto.key-too-weak", "cryptoKeys/legacy-wrap")).isEqualTo("FAIL");
    assertThat(status("3.6", "crypto.key-too-weak", "city-prod/locations/asia-northeast1/keyRings/main/cryptoKeys/data"))
        .isEqualTo("PASS");
  }

  @Test
  void defaultLogBucketKept30Days_failsRetention_400DayBucketPasses() {
    assertThat(status("3.2", "audit.log-retention-short", "projects/city-dev/locations/global/buckets/_Default"))
        .isEqualTo("FAIL");
    assertThat(status("3.2", "audit.log-retention-short", "projects/city-prod/locations/asia-northeast1/buckets/_Default"))
        .isEqualTo("PASS");
  }

  @Test
  void publicBucket_failsExposure_preventedBucketPasses() {
    assertThat(status("3.4", "exposure.public-endpoint-open", "city-dev-share")).isEqualTo("FAIL");
    assertThat(status("3.4", "exposure.public-endpoint-open", "city-prod-archive")).isEqualTo("PASS");
  }

  @Test
  void proxyOnGooglesDefaultPolicy_failsTls_modernPolicyPasses() {
    assertThat(status("3.6", "crypto.tls-too-old", "targetHttpsProxies/dev-https")).isEqualTo("FAIL");
    assertThat(status("3.6", "crypto.tls-too-old", "targetHttpsProxies/portal-https")).isEqualTo("PASS");
  }

  @Test
  void rsa1024Sha1Certificate_fails_ecP256Passes() {
    assertThat(status("3.6", "crypto.certificate-weak", "sslCertificates/dev-cert")).isEqualTo("FAIL");
    assertThat(status("3.6", "crypto.certificate-weak", "sslCertificates/portal-cert")).isEqualTo("PASS");
    assertThat(status("3.6", "crypto.certificate-weak", "locations/global/certificates/residents-portal")).isEqualTo("PASS");
  }

  @Test
  void sqlOpenToAnywhere_failsExposure_privateInstancePasses() {
    assertThat(status("3.4", "exposure.public-endpoint-open", "instances/dev-mysql")).isEqualTo("FAIL");
    assertThat(status("3.4", "exposure.public-endpoint-open", "instances/residents-pg")).isEqualTo("PASS");
  }

  @Test
  void oldServiceAccountKey_fails() {
    assertThat(status("3.5", "iam.access-key-old", "ci@city-dev.iam.gserviceaccount.com")).isEqualTo("FAIL");
  }

  @Test
  void instanceWithoutVulnerabilityReport_failsScanning_reportedInstancePasses() {
    assertThat(requirement("3.13").get("status").asText()).isEqualTo("NOT_MET");
    assertThat(status("3.13", "detect.vulnerability-scanning-off", "city-dev/vulnerabilityReports")).isEqualTo("FAIL");
    assertThat(status("3.13", "detect.vulnerability-scanning-off", "city-prod/vulnerabilityReports")).isEqualTo("PASS");
  }

  @Test
  void gmailMember_isAnOutsider_orgDomainMemberIsNot() {
    assertThat(status("2.8", "iam.external-principal", "user:contractor@gmail.com")).isEqualTo("FAIL");
    assertThat(status("2.8", "iam.external-principal", "city-prod/iamPolicy/user:auditor@city-vendor.jp")).isEqualTo("PASS");
  }

  @Test
  void identityGuardrails_enforcedInProdPass_unsetInDevWarn() {
    assertThat(status("2.8", "iam.outside-members-not-blocked", "100000000001/policies/iam.allowedPolicyMemberDomains"))
        .isEqualTo("PASS");
    assertThat(status("3.5", "iam.key-creation-not-blocked", "100000000001/policies/iam.disableServiceAccountKeyCreation"))
        .isEqualTo("PASS");
    assertThat(status("2.8", "iam.outside-members-not-blocked", "100000000002/policies/iam.allowedPolicyMemberDomains"))
        .isEqualTo("WARN");
    assertThat(status("3.5", "iam.key-creation-not-blocked", "100000000002/policies/iam.disableServiceAccountKeyCreation"))
        .isEqualTo("WARN");
  }

  @Test
  void vmBackedUpByABackupAndDrPlanIntoTheLockedVault_isABackupPlan_keptInJapan_evenAsTheOnlyProtection() throws Exception {
    assertThat(status("1.1", "residency.replica-outside-japan", "backupPlans/vm-daily")).isEqualTo("PASS");
    try (GcpFake other = FakeEstate.serve(new GcpFake())) {
      // no snapshot schedule and no Cloud SQL in city-prod: its VM's disk is backed up by Backup and DR only
      other.get("/compute/v1/projects/city-prod/aggregated/resourcePolicies", "{}").get("/v1/projects/city-prod/instances", "{}");
      Cli second = scan(other, "backupdr-only");
      JsonNode r = JSON.readTree(tmp.resolve("backupdr-only/report.json").toFile());
      assertThat(r.get("gaps")).as(second.err()).isEmpty();
      List<String> verdicts = new ArrayList<>();
      for (JsonNode req : r.get("requirements")) {
        for (JsonNode f : req.get("findings")) {
          if (f.get("checkId").asText().equals("backup.plan-missing") && f.get("resource").get("id").asText().contains("city-prod")) {
            verdicts.add(f.get("status").asText() + " " + f.get("message"));
          }
        }
      }
      assertThat(verdicts).singleElement().asString().startsWith("PASS").contains("selected by the 1 backup plan(s)");
    }
  }

  @Test
  void snapshot_recordsProjectsOrganizationAndTheSkippedProject() throws Exception {
    JsonNode snapshot = JSON.readTree(tmp.resolve("scan/snapshot.json").toFile());
    String text = snapshot.toString();
    assertThat(text).contains("\"organizations/42\"", "\"folders/7\"", "city-old", "DELETE_REQUESTED");
  }

  @Test
  void assetApiDisabled_isAGapNamingTheApi_andResidencyIsNotMet() throws Exception {
    try (GcpFake other = FakeEstate.serve(new GcpFake())) {
      other.fail("/v1/projects/city-dev:searchAllResources", 403,
          GcpFake.disabled("cloudasset.googleapis.com", "projects/100000000002"));
      Cli second = scan(other, "asset-off");
      JsonNode r = JSON.readTree(tmp.resolve("asset-off/report.json").toFile());
      assertThat(r.get("gaps")).as(second.err()).anySatisfy(g -> assertThat(g.toString())
          .contains("cloudasset.googleapis.com", "city-dev", "SERVICE_DISABLED"));
      assertThat(second.exit()).isIn(ExitCode.NOT_MET, ExitCode.INCOMPLETE);
    }
  }

  @Test
  void expiredToken_stopsTheScanWithWhatToDo() throws Exception {
    try (GcpFake rejecting = new GcpFake()) {
      rejecting.fail("/v3/projects:search", 401, GcpFake.error(401, "UNAUTHENTICATED",
          "Request had invalid authentication credentials.", null, null, null));
      Cli expired = scan(rejecting, "expired");
      assertThat(expired.exit()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(expired.err()).contains("UNAUTHENTICATED", "gcloud auth application-default login").doesNotContain("\tat ");
    }
  }

  @Test
  void badEndpoint_isBadInputNamingTheOption() throws Exception {
    Cli bad = Cli.run("scan", "--provider", "gcp", "--gcp-endpoint", "not a url", "--gcp-access-token-file",
        token().toString(), "--out", tmp.resolve("bad").toString());
    assertThat(bad.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(bad.err()).contains("--gcp-endpoint").doesNotContain("Exception");
  }
}
