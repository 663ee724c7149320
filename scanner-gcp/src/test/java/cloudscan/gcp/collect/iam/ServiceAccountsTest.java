package cloudscan.gcp.collect.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceAccountsTest {

  /** city-prod (number 100000000001) is scanned, below organizations/42 and folders/7. */
  private static final ServiceAccounts.Scope SCOPE = new ServiceAccounts.Scope(List.of("city-prod"),
      n -> Map.of("100000000001", "city-prod").getOrDefault(n, n), List.of("organizations/42", "folders/7", "city-prod"));

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(nullValues = "inside", value = {
      "etl@city-prod.iam.gserviceaccount.com, inside",
      "etl@vendor-tools.iam.gserviceaccount.com, project vendor-tools",
      "100000000001-compute@developer.gserviceaccount.com, inside",
      "987654321098-compute@developer.gserviceaccount.com, project 987654321098",
      "100000000001@cloudservices.gserviceaccount.com, inside",
      "987654321098@cloudbuild.gserviceaccount.com, project 987654321098",
      "city-prod@appspot.gserviceaccount.com, inside",
      "vendor-batch@appspot.gserviceaccount.com, project vendor-batch",
      "service-100000000001@compute-system.iam.gserviceaccount.com, inside",
      "service-100000000001@gcp-sa-logging.iam.gserviceaccount.com, inside",
      "service-987654321098@container-engine-robot.iam.gserviceaccount.com, Google service agent of project 987654321098",
      "service-org-42@gcp-sa-scc-notification.iam.gserviceaccount.com, inside",
      "service-org-77@gcp-sa-scc-notification.iam.gserviceaccount.com, Google service agent of organizations/77",
      "service-folder-7@gcp-sa-logging.iam.gserviceaccount.com, inside",
      "service-100000000001@vendor-tools.iam.gserviceaccount.com, project vendor-tools",
      "service-100000000001@city-prod.iam.gserviceaccount.com, inside",
      "someone@example.com, project of someone@example.com"})
  void party(String email, String expected) {
    assertThat(ServiceAccounts.outsideParty(email, SCOPE)).isEqualTo(expected);
  }
}
