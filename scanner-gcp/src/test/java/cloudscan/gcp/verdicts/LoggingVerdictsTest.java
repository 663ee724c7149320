package cloudscan.gcp.verdicts;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Status;
import cloudscan.core.engine.Finding;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.FakeEstate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cloud Logging sinks and buckets as the REST API returns them, judged by the audit checks. */
class LoggingVerdictsTest {

  /** The organization's aggregated sink keeps only Admin Activity logs (no Data Access logs). */
  private static final String ORG_SINK_ACTIVITY_ONLY = """
      {"sinks": [{"name": "org-audit-archive", "includeChildren": true,
        "destination": "logging.googleapis.com/projects/city-prod/locations/asia-northeast1/buckets/audit",
        "filter": "LOG_ID(\\"cloudaudit.googleapis.com/activity\\")",
        "writerIdentity": "serviceAccount:o42-123456@gcp-sa-logging.iam.gserviceaccount.com"}]}""";

  /**
   * The {@code _Default} sink's inclusion filter is the customer's to edit (a common cost cut:
   * leave Data Access logs out). Here it leaves out {@code cloudaudit.googleapis.com/data_access},
   * and no other sink keeps them: the Data Access logs the organization's audit config turns on are
   * routed nowhere and kept for no time. The collector looks only at the sink's exclusions, so it
   * still says they are in the 400-day {@code _Default} bucket and audit.log-retention-short is all
   * PASS. Correct: something other than PASS for city-prod (the Data Access trail's store unknown
   * or not kept).
   */
  @Test
  void dataAccessLogsFilteredOutOfTheDefaultSink_areNotKeptInTheDefaultBucket() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake
        .get("/v2/organizations/42/sinks", ORG_SINK_ACTIVITY_ONLY)
        .get("/v2/projects/city-prod/sinks", """
            {"sinks": [{"name": "_Required", "destination": "logging.googleapis.com/projects/city-prod/locations/asia-northeast1/buckets/_Required",
              "filter": "LOG_ID(\\"cloudaudit.googleapis.com/activity\\") OR LOG_ID(\\"externalaudit.googleapis.com/activity\\") OR LOG_ID(\\"cloudaudit.googleapis.com/system_event\\") OR LOG_ID(\\"externalaudit.googleapis.com/system_event\\") OR LOG_ID(\\"cloudaudit.googleapis.com/access_transparency\\") OR LOG_ID(\\"externalaudit.googleapis.com/access_transparency\\")"},
             {"name": "_Default", "destination": "logging.googleapis.com/projects/city-prod/locations/asia-northeast1/buckets/_Default",
              "filter": "NOT LOG_ID(\\"cloudaudit.googleapis.com/activity\\") AND NOT LOG_ID(\\"externalaudit.googleapis.com/activity\\") AND NOT LOG_ID(\\"cloudaudit.googleapis.com/system_event\\") AND NOT LOG_ID(\\"externalaudit.googleapis.com/system_event\\") AND NOT LOG_ID(\\"cloudaudit.googleapis.com/access_transparency\\") AND NOT LOG_ID(\\"externalaudit.googleapis.com/access_transparency\\") AND NOT LOG_ID(\\"cloudaudit.googleapis.com/data_access\\")"}]}"""));
    List<Finding> f = scan.findings("audit.log-retention-short", FakeEstate.PROD);
    assertThat(f).as("audit.log-retention-short for city-prod, whose _Default sink filters Data Access logs out: %s",
        EstateScan.describe(f)).anyMatch(x -> x.status() != Status.PASS);
  }

  /**
   * A sink whose filter names the audit logs only to leave them out ({@code NOT logName:...}) routes
   * no audit log. Its 30-day bucket of application logs is not an audit store: audit.log-retention-short
   * should WARN about it (logs that may serve as evidence), not FAIL it as audit logs kept too briefly.
   */
  @Test
  void aSinkThatLeavesAuditLogsOut_doesNotMakeItsBucketAnAuditStore() throws Exception {
    EstateScan scan = EstateScan.of(fake -> fake
        .get("/v2/projects/city-prod/sinks", """
            {"sinks": [{"name": "_Required", "destination": "logging.googleapis.com/projects/city-prod/locations/asia-northeast1/buckets/_Required",
              "filter": "LOG_ID(\\"cloudaudit.googleapis.com/activity\\")"},
             {"name": "_Default", "destination": "logging.googleapis.com/projects/city-prod/locations/asia-northeast1/buckets/_Default",
              "filter": "NOT LOG_ID(\\"cloudaudit.googleapis.com/activity\\")"},
             {"name": "app-logs", "destination": "logging.googleapis.com/projects/city-prod/locations/asia-northeast1/buckets/app",
              "filter": "NOT logName:\\"cloudaudit.googleapis.com\\" AND resource.type=\\"k8s_container\\"",
              "writerIdentity": "serviceAccount:service-100000000001@gcp-sa-logging.iam.gserviceaccount.com"}]}""")
        .get("/v2/projects/city-prod/locations/-/buckets", """
            {"buckets": [
              {"name": "projects/city-prod/locations/asia-northeast1/buckets/_Required", "retentionDays": 400, "locked": true, "lifecycleState": "ACTIVE"},
              {"name": "projects/city-prod/locations/asia-northeast1/buckets/_Default", "retentionDays": 400, "locked": true, "lifecycleState": "ACTIVE"},
              {"name": "projects/city-prod/locations/asia-northeast1/buckets/audit", "retentionDays": 2555, "locked": true, "lifecycleState": "ACTIVE"},
              {"name": "projects/city-prod/locations/asia-northeast1/buckets/app", "retentionDays": 30, "lifecycleState": "ACTIVE"}]}"""));
    List<Finding> app = scan.findings("audit.log-retention-short", FakeEstate.PROD).stream()
        .filter(x -> x.resource().id().endsWith("/buckets/app")).toList();
    assertThat(app).as("audit.log-retention-short for the application-log bucket app (its sink leaves audit logs out): %s",
        EstateScan.describe(app)).isNotEmpty().allMatch(x -> x.status() == Status.WARN);
  }
}
