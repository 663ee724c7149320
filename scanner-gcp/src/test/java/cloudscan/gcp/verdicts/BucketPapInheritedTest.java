package cloudscan.gcp.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Status;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.FakeEstate;
import org.junit.jupiter.api.Test;

/**
 * A bucket's {@code iamConfiguration.publicAccessPrevention} is {@code inherited} when the bucket
 * does not set it itself: it then follows the organization policy constraint
 * {@code storage.publicAccessPrevention}. Enforced there, allUsers / allAuthenticatedUsers bindings
 * that predate it grant nothing. The collector only honours {@code enforced} on the bucket.
 */
class BucketPapInheritedTest {

  @Test
  void aBucketWhoseOrganizationEnforcesPublicAccessPrevention_isNotOpenToTheInternet() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake
        .stub(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/storage/v1/b"))
            .withQueryParam("project", com.github.tomakehurst.wiremock.client.WireMock.equalTo("city-prod")), """
            {"kind": "storage#buckets", "items": [{"kind": "storage#bucket", "id": "city-prod-forms", "name": "city-prod-forms",
              "projectNumber": "100000000001", "location": "ASIA-NORTHEAST1", "locationType": "region", "storageClass": "STANDARD",
              "iamConfiguration": {"bucketPolicyOnly": {"enabled": true}, "uniformBucketLevelAccess": {"enabled": true},
                "publicAccessPrevention": "inherited"},
              "softDeletePolicy": {"retentionDurationSeconds": "604800", "effectiveTime": "2024-04-01T00:00:00Z"}}]}""")
        .get("/storage/v1/b/city-prod-forms/iam", """
            {"kind": "storage#policy", "resourceId": "projects/_/buckets/city-prod-forms", "version": 1, "etag": "CAE=",
             "bindings": [{"role": "roles/storage.objectViewer", "members": ["allUsers"]},
               {"role": "roles/storage.legacyBucketOwner", "members": ["projectOwner:city-prod"]}]}""")
        .get("/v2/projects/city-prod/policies/storage.publicAccessPrevention:getEffectivePolicy", """
            {"name": "projects/100000000001/policies/storage.publicAccessPrevention",
             "spec": {"rules": [{"enforce": true}]}}"""));
    assertThat(scan.findings("exposure.public-endpoint-open", FakeEstate.PROD, Status.FAIL))
        .as("public-endpoint-open for city-prod, whose organization enforces storage.publicAccessPrevention: %s",
            EstateScan.describe(scan.findings("exposure.public-endpoint-open", FakeEstate.PROD)))
        .isEmpty();
  }
}
