package cloudscan.checks.resilience;

import cloudscan.testkit.ResilienceFacts;
import cloudscan.testkit.BackupFacts;
import static cloudscan.testkit.BackupFacts.copyTo;
import static cloudscan.testkit.BackupFacts.inAccount;
import static cloudscan.testkit.BackupFacts.plan;
import static cloudscan.testkit.ResilienceFacts.database;
import static cloudscan.testkit.ResilienceFacts.replica;

import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Replica;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SingleZoneStoreTest {

  private final CheckTester tester = CheckTester.of(new SingleZoneStore());

  @Test
  void singleZoneWithoutCopy_fails() {
    tester.given(database("db-1", false)).expectFail("db-1")
        .expectMessageContains("db-1", "3.7 is advisory in the catalog");
  }

  @Test
  void multiZone_passes() {
    tester.given(database("db-1", true)).expectPass("db-1");
  }

  @Test
  void singleZoneWithReplicaInOsaka_passes() {
    tester.given(database("db-1", false), replica("db-1", "ap-northeast-3"))
        .expectPass("db-1").expectMessageContains("db-1", "ap-northeast-3");
  }

  @Test
  void replicaAbroad_isNeverRedundancy_fails() {
    tester.given(database("db-1", false), replica("db-1", "us-east-1"))
        .expectFail("db-1").expectMessageContains("db-1", "us-east-1 is not in Japan");
  }

  @Test
  void replicaInSameRegion_fails() {
    tester.given(database("db-1", false), replica("db-1", "ap-northeast-1")).expectFail("db-1");
  }

  @Test
  void replicaOfAnotherStore_fails() {
    tester.given(database("db-1", false), replica("db-2", "ap-northeast-3")).expectFail("db-1");
  }

  @Test
  void backupPlanCopyingToOsaka_passes() {
    tester.given(database("db-1", false), plan("plan-1", copyTo("ap-northeast-3")))
        .expectPass("db-1").expectMessageContains("db-1", "backup plan");
  }

  @Test
  void backupPlanCopyingAbroad_fails() {
    tester.given(database("db-1", false), plan("plan-1", copyTo("ap-southeast-1"))).expectFail("db-1");
  }

  @Test
  void backupPlanInAnotherAccount_fails() {
    tester.given(database("db-1", false),
            plan(inAccount("444455556666", "backup-plan", "plan-x"), copyTo("ap-northeast-3")))
        .expectFail("db-1");
  }

  @Test
  void multiZoneUnknownWithoutReplica_isUnknown() {
    tester.given(database("db-1", null)).expectUnknownFor("db-1").expectPass().expectFail();
  }

  @Test
  void multiZoneUnknownWithReplicaAbroad_isStillUnknown() {
    tester.given(database("db-1", null), replica("db-1", "eu-west-1"))
        .expectUnknownFor("db-1").expectPass();
  }

  @Test
  void multiZoneUnknownWithReplicaInOsaka_passes() {
    tester.given(database("db-1", null), replica("db-1", "ap-northeast-3")).expectPass("db-1");
  }

  @ParameterizedTest(name = "multiZone={0}, replica to {1} → {2}")
  @CsvSource({
      "true, , PASS",
      "true, us-east-1, PASS",
      "false, ap-northeast-3, PASS",
      "false, ap-northeast-1, FAIL",
      "false, ap-northeast-1-tpe-1, FAIL",
      "false, us-east-1, FAIL",
      "false, global, FAIL",
      "false, , FAIL",
      ", ap-northeast-3, PASS",
      ", us-west-2, UNKNOWN",
      ", , UNKNOWN"})
  void zoneAndReplicaMatrix(Boolean multiZone, String replicaTo, String outcome) {
    var run = tester.given(database("db-1", multiZone));
    if (replicaTo != null) {
      run.and(replica("db-1", replicaTo));
    }
    switch (outcome) {
      case "PASS" -> run.expectPass("db-1").expectFail();
      case "FAIL" -> run.expectFail("db-1").expectPass();
      default -> run.expectUnknownFor("db-1").expectPass().expectFail();
    }
  }

  @Test
  void planCopyingToOsaka_countsOnlyForTheStoresItSelects() {
    tester.given(database("db-1", false), database("db-2", false),
            BackupFacts.plan("p-1", java.util.List.of(BackupFacts.byId(ResilienceFacts.ref("db-1").id())),
                BackupFacts.copyTo("ap-northeast-3")))
        .expectPass("db-1").expectFail("db-2");
  }

  @Test
  void planSelectingByTag_selectsTheTaggedStore() {
    tester.given(database("db-1", false), ResilienceFacts.tags("db-1", java.util.Map.of("backup", "daily")),
            BackupFacts.plan("p-1", java.util.List.of(BackupFacts.byTag("backup", "daily")), BackupFacts.copyTo("ap-northeast-3")))
        .expectPass("db-1");
  }

  @Test
  void planSelectingByTag_storeWithOtherTags_isNotSelected() {
    tester.given(database("db-1", false), ResilienceFacts.tags("db-1", java.util.Map.of("backup", "never")),
            BackupFacts.plan("p-1", java.util.List.of(BackupFacts.byTag("backup", "daily")), BackupFacts.copyTo("ap-northeast-3")))
        .expectFail("db-1");
  }

  @Test
  void planSelectingByTag_storeWhoseTagsWereNotRead_isUnknown_neverPass() {
    tester.given(database("db-1", false), ResilienceFacts.tags("db-1", null),
            BackupFacts.plan("p-1", java.util.List.of(BackupFacts.byTag("backup", "daily")), BackupFacts.copyTo("ap-northeast-3")))
        .expectUnknownFor("db-1").expectPass();
  }

  @Test
  void planWhoseSelectionsWereNotRead_isUnknown_neverPass() {
    var plan = new cloudscan.core.fact.BackupPlan(cloudscan.testkit.Refs.aws("backup-plan", "p-1"),
        cloudscan.core.fact.Known.of(35), java.util.List.of(),
        cloudscan.core.fact.Known.of(java.util.List.of(BackupFacts.copyTo("ap-northeast-3"))),
        cloudscan.core.fact.Known.unread());
    tester.given(database("db-1", false), plan).expectUnknownFor("db-1").expectPass();
  }

  @ParameterizedTest
  @ValueSource(classes = {DataStore.class, Replica.class, BackupPlan.class})
  void collectionGap_isUnknown_neverPass(Class<? extends Fact> kind) {
    tester.givenGap(kind, Refs.awsTokyoScope()).expectUnknown();
  }
}
