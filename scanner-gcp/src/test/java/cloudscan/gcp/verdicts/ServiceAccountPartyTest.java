package cloudscan.gcp.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Status;
import cloudscan.core.engine.Finding;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.FakeEstate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whose identity a service-account member is. The default service accounts
 * ({@code NUMBER-compute@developer.gserviceaccount.com}, {@code PROJECT@appspot.gserviceaccount.com},
 * legacy {@code NUMBER@cloudbuild.gserviceaccount.com}) are user-managed accounts of the project
 * named in them: a foreign project's one is a foreign party. Service agents are Google-managed and
 * live in many domains besides {@code gcp-sa-*} ({@code compute-system}, {@code container-engine-robot},
 * {@code gs-project-accounts}, {@code serverless-robot-prod}…): Google grants them roles on the
 * project itself.
 */
class ServiceAccountPartyTest {

  static EstateScan scan;

  @BeforeAll
  static void scan() throws Exception {
    scan = EstateScan.of(fake -> fake.post("/v3/projects/city-prod:getIamPolicy", """
        {"version": 1, "etag": "BwWKmjvelug=", "bindings": [
          {"role": "roles/owner", "members": ["group:admins@city-vendor.jp"]},
          {"role": "roles/editor", "members": [
            "serviceAccount:987654321098-compute@developer.gserviceaccount.com",
            "serviceAccount:vendor-batch@appspot.gserviceaccount.com"]},
          {"role": "roles/compute.serviceAgent", "members": [
            "serviceAccount:service-100000000001@compute-system.iam.gserviceaccount.com"]},
          {"role": "roles/container.serviceAgent", "members": [
            "serviceAccount:service-100000000001@container-engine-robot.iam.gserviceaccount.com"]},
          {"role": "roles/viewer", "members": ["user:auditor@city-vendor.jp",
            "serviceAccount:etl@city-prod.iam.gserviceaccount.com"]}]}"""));
  }

  private static Finding member(String m) {
    List<Finding> f = scan.findings("iam.external-principal", FakeEstate.PROD).stream()
        .filter(x -> x.resource().id().endsWith("/iamPolicy/serviceAccount:" + m)).toList();
    assertThat(f).as("finding for %s", m).hasSize(1);
    return f.get(0);
  }

  @Test
  void anotherProjectsDefaultComputeServiceAccountWithEditor_isAnOutsideParty() {
    // project number 987654321098 is not one of the scanned projects (city-prod 100000000001, city-dev 100000000002)
    Finding f = member("987654321098-compute@developer.gserviceaccount.com");
    assertThat(f.status()).as("%s: %s", f.resource().id(), f.message().en()).isEqualTo(Status.FAIL);
  }

  @Test
  void anotherProjectsAppEngineDefaultServiceAccountWithEditor_isAnOutsideParty() {
    Finding f = member("vendor-batch@appspot.gserviceaccount.com");
    assertThat(f.status()).as("%s: %s", f.resource().id(), f.message().en()).isEqualTo(Status.FAIL);
  }

  @Test
  void theProjectsOwnComputeEngineServiceAgent_isNotAnOutsideParty() {
    Finding f = member("service-100000000001@compute-system.iam.gserviceaccount.com");
    assertThat(f.status()).as("%s: %s", f.resource().id(), f.message().en()).isNotEqualTo(Status.FAIL);
  }

  @Test
  void theProjectsOwnKubernetesEngineServiceAgent_isNotAnOutsideParty() {
    Finding f = member("service-100000000001@container-engine-robot.iam.gserviceaccount.com");
    assertThat(f.status()).as("%s: %s", f.resource().id(), f.message().en()).isNotEqualTo(Status.FAIL);
  }
}
