package cloudscan.gcp.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Status;
import cloudscan.core.engine.Finding;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.FakeEstate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Organization-policy guardrails read from getEffectivePolicy. */
class OrgPolicyGuardrailTest {

  /**
   * The effective gcp.resourceLocations of city-dev restricts locations only under a tag
   * condition (resources tagged env=prod); every other resource may be created anywhere. The
   * scanner's own rule (EffectivePolicy: "a rule with a condition applies only to some resources,
   * so it never makes a constraint enforced") is applied to the identity policies but not to the
   * location guardrail, which takes the conditional list as the project's guardrail and passes 1.1.
   */
  @Test
  void locationsRestrictedOnlyUnderATagCondition_isNoGuardrail() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake.get("/v2/projects/city-dev/policies/gcp.resourceLocations:getEffectivePolicy", """
        {"name": "projects/100000000002/policies/gcp.resourceLocations",
         "spec": {"rules": [{"condition": {"expression": "resource.matchTag('123/env', 'prod')"},
                             "values": {"allowedValues": ["in:japan-locations"]}}]}}"""));
    List<Finding> f = scan.findings("residency.no-location-guardrail", FakeEstate.DEV);
    assertThat(f).as(EstateScan.describe(f)).isNotEmpty();
    assertThat(f).as(EstateScan.describe(f)).noneMatch(x -> x.status() == Status.PASS);
  }

  /**
   * city-prod blocks key creation with the managed constraint
   * iam.managed.disableServiceAccountKeyCreation (documented on "Restrict IAM service account
   * usage"), not the legacy boolean one. Key creation is blocked; the scanner reads only the legacy
   * constraint and warns that keys can be created.
   */
  @Test
  void keyCreationBlockedByTheManagedConstraint_isBlocked() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake
        .get("/v2/projects/city-prod/policies/iam.disableServiceAccountKeyCreation:getEffectivePolicy",
            "{\"name\": \"projects/100000000001/policies/iam.disableServiceAccountKeyCreation\", \"spec\": {}}")
        .get("/v2/projects/city-prod/policies/iam.managed.disableServiceAccountKeyCreation:getEffectivePolicy", """
            {"name": "projects/100000000001/policies/iam.managed.disableServiceAccountKeyCreation",
             "spec": {"rules": [{"enforce": true}]}}"""));
    List<Finding> f = scan.findings("iam.key-creation-not-blocked", FakeEstate.PROD);
    assertThat(f).as(EstateScan.describe(f)).isNotEmpty().allMatch(x -> x.status() == Status.PASS);
  }
}
