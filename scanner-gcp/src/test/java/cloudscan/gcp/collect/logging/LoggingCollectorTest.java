package cloudscan.gcp.collect.logging;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.Retention;
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
    Collected out = new Collected();
    new LoggingCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    return out;
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
