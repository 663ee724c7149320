package cloudscan.checks.logging;

import static cloudscan.testkit.LoggingFacts.trail;
import static cloudscan.testkit.LoggingFacts.trailStore;

import static cloudscan.testkit.LoggingFacts.appLogStore;
import static cloudscan.testkit.LoggingFacts.auditLogStore;

import cloudscan.core.check.Thresholds;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.LogStore;
import cloudscan.testkit.LoggingFacts;
import cloudscan.core.fact.Retention;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogRetentionShortTest {

  private final CheckTester tester = CheckTester.of(new LogRetentionShort());

  @Test
  void auditLogsKept90Days_fails() {
    tester.given(auditLogStore("trail-bucket", Retention.days(90)))
        .expectFail("trail-bucket")
        .expectMessageContains("trail-bucket", "90 days (required: at least 365 days)");
  }

  @Test
  void auditLogsKeptForever_passes() {
    tester.given(auditLogStore("trail-bucket", Retention.unlimited()))
        .expectPass("trail-bucket")
        .expectMessageContains("trail-bucket", "without expiry");
  }

  @ParameterizedTest(name = "audit logs kept {0} days → fail={1}")
  @CsvSource({"30, true", "364, true", "365, false", "400, false", "3653, false"})
  void auditRetentionBoundary(int days, boolean fails) {
    var run = tester.given(auditLogStore("trail-bucket", Retention.days(days)));
    if (fails) {
      run.expectFail("trail-bucket");
    } else {
      run.expectPass("trail-bucket");
    }
  }

  @Test
  void auditRetentionUnknown_isUnknown() {
    tester.given(auditLogStore("trail-bucket", Retention.unknown()))
        .expectUnknownFor("trail-bucket")
        .expectPass();
  }

  @Test
  void auditRetentionNull_isUnknown() {
    tester.given(new LogStore(Refs.aws("s3-bucket", "b"), true, null, Known.of(false))).expectUnknownFor("b");
  }

  @Test
  void appLogsShort_warnsOnly() {
    tester.given(appLogStore("/app/web", Retention.days(30)))
        .expectWarn("/app/web")
        .expectFail()
        .expectMessageContains("/app/web", "not an audit log store");
  }

  @Test
  void appLogsRetentionUnknown_warnsOnly() {
    tester.given(appLogStore("/app/web", Retention.unknown())).expectWarn("/app/web").expectUnknownFor();
  }

  @Test
  void appLogsKeptOneYear_passes() {
    tester.given(appLogStore("/app/web", Retention.days(365))).expectPass("/app/web");
  }

  @Test
  void cityRaisesThreshold_400DaysRequired() {
    tester.withThresholds(Thresholds.DEFAULTS.with("logRetentionDays", "400"))
        .given(auditLogStore("a", Retention.days(365)), auditLogStore("b", Retention.days(400)))
        .expectFail("a")
        .expectPass("b");
  }

  @Test
  void trailWithItsStoreCollected_isJudgedThroughTheStore() {
    tester.given(trail("t-1").build(), trailStore()).expectPass(LoggingFacts.TrailBuilder.DESTINATION).expectUnknownFor();
  }

  @Test
  void storeATrailWritesTo_holdsAuditLogs_whateverTheCollectorFlagged() {
    // False-review case: the trail's own store keeps 30 days; that is a FAIL, not a "not an audit store" WARN.
    var store = new cloudscan.core.fact.LogStore(cloudscan.testkit.Refs.aws("s3-bucket", LoggingFacts.TrailBuilder.DESTINATION),
        false, cloudscan.core.fact.Retention.days(30), cloudscan.core.fact.Known.of(false));
    tester.given(trail("t-1").build(), store).expectFail(LoggingFacts.TrailBuilder.DESTINATION);
  }

  @Test
  void trailWritingToABucketThatWasNotCollected_isUnknown_neverMet() {
    tester.given(trail("t-1").writesTo("arn:aws:s3:::logs-in-another-account").build())
        .expectUnknownFor("t-1")
        .expectMessageContains("t-1", "arn:aws:s3:::logs-in-another-account");
  }

  @Test
  void trailWhoseDestinationWasNotRead_isUnknown() {
    tester.given(trail("t-1").writesTo(null).build()).expectUnknownFor("t-1");
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(LogStore.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
