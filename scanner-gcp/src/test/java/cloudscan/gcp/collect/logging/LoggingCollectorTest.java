package cloudscan.gcp.collect.logging;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.Retention;
import cloudscan.core.fact.Scope;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoggingCollectorTest {

  static final String BUCKETS = """
      {"buckets": [
        {"name": "projects/city-sandbox/locations/global/buckets/_Required", "retentionDays": 400, "locked": true, "lifecycleState": "ACTIVE"},
        {"name": "projects/city-sandbox/locations/global/buckets/_Default", "retentionDays": 30, "lifecycleState": "ACTIVE"},
        {"name": "projects/city-sandbox/locations/asia-northeast1/buckets/audit-archive", "retentionDays": 400, "locked": true},
        {"name": "projects/city-sandbox/locations/asia-northeast1/buckets/app-debug", "retentionDays": 7}]}""";

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect() {
    fake.post("/v3/projects/city-sandbox:getIamPolicy", "{\"bindings\": []}");
    Collected out = new Collected();
    new LoggingCollector(GcpTesting.context(fake), Scope.Level.ACCOUNT).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  private Collected collectBelow(String... parents) {
    Collected out = new Collected();
    new LoggingCollector(GcpTesting.context(fake), Scope.Level.ACCOUNT).collect(GcpTesting.project("city-sandbox", parents), out);
    return out;
  }

  private static final String DATA_ACCESS_ON = """
      {"version": 1, "etag": "BwXhqDYRBZ0=", "bindings": [], "auditConfigs": [{"service": "allServices",
        "auditLogConfigs": [{"logType": "ADMIN_READ"}, {"logType": "DATA_READ"}, {"logType": "DATA_WRITE"}]}]}""";

  @Test
  void unreadableOrganizationPolicy_claimsNothingAboutDataAccessLogs() {
    fake.get("/v2/projects/city-sandbox/sinks", "{}").get("/v2/organizations/42/sinks", "{}")
        .get("/v2/projects/city-sandbox/locations/-/buckets", BUCKETS)
        .post("/v3/projects/city-sandbox:getIamPolicy", "{}")
        .fail("/v3/organizations/42:getIamPolicy", 403, GcpFake.denied("resourcemanager.organizations.getIamPolicy"));
    Collected out = collectBelow("organizations/42");
    assertThat(out.all(AuditTrail.class)).extracting(t -> GcpContext.last(t.resource().id())).containsExactly("adminActivity");
  }

  /** The project's _Default sink as Google creates it, with {@code extra} JSON members. */
  private static String defaultSink(String extra) {
    return """
        {"sinks": [{"name": "_Default", "destination": "logging.googleapis.com/projects/city-sandbox/locations/global/buckets/_Default",
          "filter": "NOT LOG_ID(\\"cloudaudit.googleapis.com/activity\\")"%s}]}""".formatted(extra);
  }

  private AuditTrail dataAccessTrail(String projectSinks) {
    fake.get("/v2/projects/city-sandbox/sinks", projectSinks).get("/v2/organizations/42/sinks", "{}")
        .get("/v2/projects/city-sandbox/locations/-/buckets", BUCKETS)
        .post("/v3/projects/city-sandbox:getIamPolicy", "{}")
        .post("/v3/organizations/42:getIamPolicy", DATA_ACCESS_ON);
    return collectBelow("organizations/42").one(AuditTrail.class, "/auditLogs/dataAccess");
  }

  @Test
  void dataAccessLogsTurnedOnAtTheOrganization_areATrailOfTheProject_intoDefault() {
    AuditTrail t = dataAccessTrail(defaultSink(""));
    assertThat(t.logging()).isEqualTo(Known.of(true));
    assertThat(t.destination()).isEqualTo(Known.of("projects/city-sandbox/locations/global/buckets/_Default"));
  }

  @Test
  void defaultSinkDisabled_orExcludingAuditLogs_leavesTheStoreUnknown_neverDefault() {
    assertThat(dataAccessTrail(defaultSink(", \"disabled\": true")).destination().isUnread()).isTrue();
    fake.server().resetMappings();
    assertThat(dataAccessTrail(defaultSink(", \"exclusions\": [{\"name\": \"no-data-access\", "
        + "\"filter\": \"LOG_ID(\\\"cloudaudit.googleapis.com/data_access\\\")\"}]")).destination().isUnread())
        .isTrue();
  }

  @Test
  void sinksWithoutTheDefaultSink_leaveTheStoreUnknown_neverDefault() {
    assertThat(dataAccessTrail("{}").destination().isUnread()).isTrue();
  }

  @Test
  void dataAccessLogsOff_noDataAccessTrail() {
    fake.get("/v2/projects/city-sandbox/sinks", "{}").get("/v2/projects/city-sandbox/locations/-/buckets", BUCKETS);
    assertThat(collect().all(AuditTrail.class, t -> t.resource().id().endsWith("/dataAccess"))).isEmpty();
  }

  @Test
  void unreadableOrganizationSinks_leaveTheProjectsStoresUnknown_neverNotAudit() {
    fake.get("/v2/projects/city-sandbox/sinks", "{}").get("/v2/projects/city-sandbox/locations/-/buckets", BUCKETS)
        .post("/v3/projects/city-sandbox:getIamPolicy", "{}").post("/v3/organizations/42:getIamPolicy", "{}")
        .fail("/v2/organizations/42/sinks", 403, GcpFake.denied("logging.sinks.list"));
    Collected out = collectBelow("organizations/42");
    assertThat(out.all(LogStore.class)).isEmpty();
    assertThat(out.gaps()).singleElement().satisfies(g -> assertThat(g.kinds()).contains(LogStore.class));
  }

  @Test
  void aggregatedSinkOfTheOrganization_isATrailThere_andMakesItsBucketAnAuditStore() {
    String sinks = """
        {"sinks": [{"name": "org-audit", "includeChildren": true, "filter": "logName:\\"cloudaudit.googleapis.com\\"",
          "destination": "logging.googleapis.com/projects/city-sandbox/locations/asia-northeast1/buckets/app-debug"}]}""";
    fake.get("/v2/organizations/42/sinks", sinks)
        .get("/v2/organizations/42/locations/-/buckets", "{\"buckets\": [{\"name\": \"organizations/42/locations/global/buckets/_Default\", \"retentionDays\": 30}]}");
    Collected org = new Collected();
    new LoggingCollector(GcpTesting.context(fake), Scope.Level.ORGANIZATION).collect(GcpTesting.organization("organizations/42"), org);
    assertThat(org.one(AuditTrail.class, "/sinks/org-audit").destination())
        .isEqualTo(Known.of("projects/city-sandbox/locations/asia-northeast1/buckets/app-debug"));
    assertThat(org.one(LogStore.class, "organizations/42/locations/global/buckets/_Default").resource().account())
        .isEqualTo("organizations/42");
    fake.get("/v2/projects/city-sandbox/sinks", "{}").get("/v2/projects/city-sandbox/locations/-/buckets", BUCKETS)
        .post("/v3/projects/city-sandbox:getIamPolicy", "{}").post("/v3/organizations/42:getIamPolicy", "{}");
    assertThat(collectBelow("organizations/42").one(LogStore.class, "/app-debug").holdsAuditLogs()).isTrue();
  }

  @Test
  void deniedBucketList_isAGapInLogStores_butAdminActivityStaysOn() {
    fake.get("/v2/projects/city-sandbox/sinks", "{}")
        .fail("/v2/projects/city-sandbox/locations/-/buckets", 403, GcpFake.denied("logging.buckets.list"));
    Collected out = collect();
    assertThat(out.all(LogStore.class)).isEmpty();
    assertThat(out.gaps()).singleElement().satisfies(g -> assertThat(g.kinds()).contains(LogStore.class));
    assertThat(out.all(AuditTrail.class)).singleElement().satisfies(t -> {
      assertThat(t.recordsAccountWide()).isTrue();
      assertThat(t.destination().isUnread()).as("where it goes was not read").isTrue();
    });
  }

  @Test
  void adminActivityAuditLogs_areAlwaysOn_andGoToRequired() {
    fake.get("/v2/projects/city-sandbox/sinks", "{}").get("/v2/projects/city-sandbox/locations/-/buckets", BUCKETS);
    AuditTrail t = collect().one(AuditTrail.class, "/auditLogs/adminActivity");
    assertThat(t.allLocations()).isTrue();
    assertThat(t.logging()).isEqualTo(Known.of(true));
    assertThat(t.integrityValidation().isNotOffered()).isTrue();
    assertThat(t.destination()).isEqualTo(Known.of("projects/city-sandbox/locations/global/buckets/_Required"));
  }

  @Test
  void bucketsCarryRetentionAndLock_defaultKeepsThirtyDays() {
    fake.get("/v2/projects/city-sandbox/sinks", "{}").get("/v2/projects/city-sandbox/locations/-/buckets", BUCKETS);
    Collected out = collect();
    LogStore required = out.one(LogStore.class, "/_Required");
    assertThat(required.retention()).isEqualTo(Retention.days(400));
    assertThat(required.immutable()).isEqualTo(Known.of(true));
    assertThat(required.holdsAuditLogs()).isTrue();
    LogStore def = out.one(LogStore.class, "/_Default");
    assertThat(def.retention()).isEqualTo(Retention.days(30));
    assertThat(def.immutable()).isEqualTo(Known.of(false));
    assertThat(out.one(Located.class, "/app-debug").resource().location()).isEqualTo("asia-northeast1");
  }

  @Test
  void aSinkRoutingAuditLogs_makesItsBucketAnAuditStore_othersAreNot() {
    fake.get("/v2/projects/city-sandbox/sinks", """
        {"sinks": [{"name": "audit-to-archive", "filter": "logName:\\"cloudaudit.googleapis.com\\"",
          "destination": "logging.googleapis.com/projects/city-sandbox/locations/asia-northeast1/buckets/audit-archive"},
          {"name": "off", "disabled": true, "destination": "logging.googleapis.com/projects/city-sandbox/locations/asia-northeast1/buckets/app-debug"}]}""")
        .get("/v2/projects/city-sandbox/locations/-/buckets", BUCKETS);
    Collected out = collect();
    assertThat(out.one(LogStore.class, "/audit-archive").holdsAuditLogs()).isTrue();
    assertThat(out.one(LogStore.class, "/app-debug").holdsAuditLogs()).isFalse();
  }
}
