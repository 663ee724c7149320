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
 * A user-managed service account of a vendor's project whose account ID happens to be
 * {@code service-<city-prod's project number>} (a valid account ID: 6-30 lowercase letters,
 * digits and hyphens, starting with a letter). Its e-mail's domain names the vendor project
 * ({@code vendor-tools.iam.gserviceaccount.com}), not a Google service-agent domain, so it is an
 * outside party; the scanner reads only the local part and takes it for city-prod's own
 * service agent.
 */
class ServiceAgentLookAlikeTest {

  static EstateScan scan;

  @BeforeAll
  static void scan() throws Exception {
    scan = EstateScan.of(fake -> fake.post("/v3/projects/city-prod:getIamPolicy", """
        {"version": 1, "etag": "BwWKmjvelug=", "bindings": [
          {"role": "roles/owner", "members": [
            "serviceAccount:service-100000000001@vendor-tools.iam.gserviceaccount.com"]},
          {"role": "roles/viewer", "members": ["serviceAccount:etl@city-prod.iam.gserviceaccount.com"]}]}"""));
  }

  @Test
  void vendorProjectsServiceAccountNamedLikeAServiceAgent_isAnOutsideParty() {
    List<Finding> f = scan.findings("iam.external-principal", FakeEstate.PROD).stream()
        .filter(x -> x.resource().id().endsWith("serviceAccount:service-100000000001@vendor-tools.iam.gserviceaccount.com"))
        .toList();
    assertThat(f).as("findings: %s", EstateScan.describe(scan.findings("iam.external-principal", FakeEstate.PROD))).hasSize(1);
    assertThat(f.get(0).status()).as("%s: %s", f.get(0).resource().id(), f.get(0).message().en()).isEqualTo(Status.FAIL);
  }
}
