package cloudscan.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.catalog.RequirementId;
import cloudscan.core.check.Status;
import cloudscan.core.engine.Finding;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.fact.Scope;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.core.snapshot.ScannedScope;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.NoGrpcChannels;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The provider as the CLI uses it: found by ServiceLoader, opened against the fake estate over
 * plain HTTP with an access-token file, collected by the engine, judged by the core checks.
 */
class GcpProviderScanTest {

  static ScanResult result;
  static ProviderRun run;
  static List<Gap> gaps;
  static Map<String, Long> calls;

  @BeforeAll
  static void scan() throws Exception {
    EstateScan scan = EstateScan.of(fake -> { });
    result = scan.result();
    run = scan.run();
    gaps = scan.gaps();
    calls = scan.calls();
  }

  private static RequirementStatus status(String id) {
    return result.requirements().stream().filter(r -> r.requirement().id().equals(new RequirementId(id)))
        .map(RequirementResult::status).findFirst().orElseThrow();
  }

  private static List<Finding> findings(String checkId, Status status) {
    return result.check(checkId).orElseThrow().findings().stream().filter(f -> f.status() == status).toList();
  }

  @Test
  void noGapsInTheFakeEstate_andNoGrpcChannelWasBuilt() {
    assertThat(gaps).as("gaps: %s", gaps).isEmpty();
    assertThat(NoGrpcChannels.built()).as("gRPC channels built").isZero();
  }

  @Test
  void projectsAreAccounts_organizationAndFolderAreOrganizationScopes_deleteRequestedSkipped() {
    assertThat(run.scopes()).filteredOn(s -> s.level() == Scope.Level.ACCOUNT).extracting(ScannedScope::account)
        .containsExactlyInAnyOrder("city-prod", "city-dev");
    assertThat(run.scopes()).filteredOn(s -> s.level() == Scope.Level.ORGANIZATION).extracting(ScannedScope::account)
        .containsExactlyInAnyOrder("organizations/42", "folders/7");
    assertThat(run.skipped()).extracting(k -> k.account()).containsExactly("city-old");
  }

  @Test
  void everyCallIsCounted() {
    assertThat(calls).containsEntry("compute:Firewalls/List", 2L).containsEntry("logging:logging.buckets.list", 4L)
        .containsEntry("compute:NetworkFirewallPolicies/AggregatedList", 2L);
    assertThat(run.totalApiCalls()).isEqualTo(calls.values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void plantedViolations_failTheirRequirements() {
    assertThat(findings("net.admin-port-open", Status.FAIL)).extracting(f -> f.resource().account()).containsOnly("city-dev");
    assertThat(findings("residency.outside-japan", Status.FAIL)).extracting(f -> f.resource().id())
        .contains("//storage.googleapis.com/city-dev-us", "//bigquery.googleapis.com/projects/city-dev/datasets/scratch");
    assertThat(findings("crypto.key-too-weak", Status.FAIL)).extracting(f -> f.resource().id())
        .containsExactly("projects/city-dev/locations/asia-northeast1/keyRings/main/cryptoKeys/legacy-wrap");
    assertThat(findings("iam.external-principal", Status.FAIL)).extracting(f -> f.resource().id())
        .containsExactly("projects/city-dev/iamPolicy/user:contractor@gmail.com");
    assertThat(findings("audit.log-retention-short", Status.FAIL)).extracting(f -> f.resource().id())
        .containsExactlyInAnyOrder("projects/city-dev/locations/global/buckets/_Default",
            "folders/7/locations/global/buckets/_Default");
    assertThat(findings("residency.replica-outside-japan", Status.FAIL)).extracting(f -> f.resource().id())
        .contains("//compute.googleapis.com/projects/city-dev/regions/asia-northeast1/resourcePolicies/city-dev-daily")
        .noneMatch(id -> id.contains("city-prod"));
    assertThat(findings("exposure.public-endpoint-open", Status.FAIL)).extracting(f -> f.resource().id())
        .containsExactlyInAnyOrder("//storage.googleapis.com/city-dev-share",
            "//cloudsql.googleapis.com/projects/city-dev/instances/dev-mysql");
    assertThat(findings("crypto.tls-too-old", Status.FAIL)).extracting(f -> f.resource().id())
        .containsExactlyInAnyOrder("//compute.googleapis.com/projects/city-dev/global/targetHttpsProxies/dev-https",
            "//cloudsql.googleapis.com/projects/city-dev/instances/dev-mysql");
    assertThat(findings("crypto.certificate-weak", Status.FAIL)).extracting(f -> f.resource().id())
        .containsExactly("//compute.googleapis.com/projects/city-dev/global/sslCertificates/dev-cert");
    assertThat(findings("iam.access-key-old", Status.FAIL)).extracting(f -> f.resource().id())
        .containsExactly("projects/city-dev/serviceAccounts/ci@city-dev.iam.gserviceaccount.com");
    assertThat(findings("residency.outside-japan", Status.FAIL)).extracting(f -> f.resource().id())
        .contains("//compute.googleapis.com/projects/city-dev/global/snapshots/dev-box-manual");
    assertThat(findings("net.database-port-open", Status.FAIL)).extracting(f -> f.resource().id())
        .containsExactly("//compute.googleapis.com/projects/city-dev/global/networks/default");
    assertThat(findings("net.flow-logs-off", Status.FAIL)).extracting(f -> f.resource().account()).containsOnly("city-dev");
    for (String req : List.of("1.1", "3.2", "3.3", "3.4", "3.6", "2.8")) {
      assertThat(status(req)).as(req).isEqualTo(RequirementStatus.NOT_MET);
    }
  }

  @Test
  void compliantProject_passesWhereTheViolatingOneFails() {
    for (String check : List.of("net.admin-port-open", "net.database-port-open", "net.flow-logs-off", "crypto.key-too-weak", "crypto.key-rotation-off",
        "iam.external-principal", "audit.log-retention-short", "audit.trail-off", "residency.outside-japan",
        "exposure.public-endpoint-open", "residency.replica-outside-japan", "backup.plan-missing", "crypto.tls-too-old", "crypto.tls-weak-ciphers", "crypto.encryption-at-rest-off", "crypto.certificate-weak")) {
      List<Finding> prod = result.check(check).orElseThrow().findings().stream()
          .filter(f -> f.resource().account().equals("city-prod")).toList();
      assertThat(result.check(check).orElseThrow().findings()).as(check + ": " + prod.stream()
              .map(f -> f.resource().id() + " " + f.status() + " " + f.message().en()).toList())
          .filteredOn(f -> f.resource().account().equals("city-prod"))
          .extracting(Finding::status).isNotEmpty().containsOnly(Status.PASS);
    }
  }

  @Test
  void aProjectHasNoPasswordPolicyOfItsOwn_andIsNotJudgedForOne() {
    assertThat(result.check("iam.password-policy-weak").orElseThrow().findings())
        .filteredOn(f -> f.resource().account().startsWith("city-"))
        .extracting(Finding::status).doesNotContain(Status.FAIL, Status.UNKNOWN);
  }
}
