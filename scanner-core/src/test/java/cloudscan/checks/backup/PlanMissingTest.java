package cloudscan.checks.backup;

import static cloudscan.testkit.BackupFacts.byTag;
import static cloudscan.testkit.BackupFacts.inAccount;
import static cloudscan.testkit.BackupFacts.plan;
import static cloudscan.testkit.ResilienceFacts.database;
import static cloudscan.testkit.ResilienceFacts.store;
import static cloudscan.testkit.ResilienceFacts.tags;

import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.StoreKind;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanMissingTest {

  private static final String ACCOUNT = "aws/111122223333/global";
  private static final String OTHER = "444455556666";

  private final CheckTester tester = CheckTester.of(new PlanMissing())
      .scanning("aws/" + Refs.ACCOUNT + "/global", "aws/" + OTHER + "/global");

  @Test
  void databaseWithoutAnyPlan_fails() {
    tester.given(database("db-1", true)).expectFail(ACCOUNT)
        .expectMessageContains(ACCOUNT, "data stores but no backup plan");
  }

  @Test
  void databaseWithPlanInAccount_passes() {
    tester.given(database("db-1", true), plan("plan-1")).expectPass(ACCOUNT);
  }

  @Test
  void planSelectingATagNothingCarries_fails_neverPass() {
    // False-PASS case: a plan exists, but it selects tag backup=true and the database has no such tag.
    tester.given(database("db-1", true), tags("db-1", Map.of("system", "juminhyo")),
            plan("plan-1", List.of(byTag("backup", "true"))))
        .expectFail(ACCOUNT).expectMessageContains(ACCOUNT, "select none of the 1 data store(s)");
  }

  @Test
  void planSelectingByTag_whenTheStoresTagsWereNotRead_isUnknown() {
    tester.given(database("db-1", true), tags("db-1", null), plan("plan-1", List.of(byTag("backup", "true"))))
        .expectUnknownFor(ACCOUNT).expectPass().expectFail();
  }

  @Test
  void planSelectingOneOfTwoStores_passes_andSaysHowMany() {
    tester.given(database("db-1", true), database("db-2", true), tags("db-1", Map.of("backup", "true")),
            tags("db-2", Map.of()), plan("plan-1", List.of(byTag("backup", "true"))))
        .expectPass(ACCOUNT).expectMessageContains(ACCOUNT, "1 of 2 data store(s)");
  }

  @Test
  void awsPlanInAnotherRegion_doesNotSelectTheStore_fails() {
    // False-MET case: AWS Backup plans are regional; a Tokyo plan selecting by tag protects nothing in Osaka.
    var osakaDb = new DataStore(Refs.aws("ap-northeast-3", "rds:db", "db-osaka"), StoreKind.DATABASE, cloudscan.core.fact.Known.of(true));
    tester.given(osakaDb, tags(osakaDb.resource(), Map.of("backup", "daily")), plan("plan-tokyo", List.of(byTag("backup", "daily"))))
        .expectFail(ACCOUNT).expectMessageContains(ACCOUNT, "select none");
  }

  @Test
  void planOnlyInAnotherAccount_fails() {
    tester.given(database("db-1", true), plan(inAccount(OTHER, "backup-plan", "plan-x")))
        .expectFail(ACCOUNT).expectPass();
  }

  @Test
  void twoAccountsWithStores_eachJudged() {
    tester.given(database("db-1", true), store("bucket-1", StoreKind.OBJECT_STORAGE, true),
            store(inAccount(OTHER, "data-store", "db-x"), StoreKind.DATABASE, false),
            plan(inAccount(OTHER, "backup-plan", "plan-x")))
        .expectFail(ACCOUNT).expectPass("aws/" + OTHER + "/global");
  }

  @ParameterizedTest(name = "{0} without plan → fail")
  @EnumSource(value = StoreKind.class,
      names = {"DATABASE", "NOSQL", "BLOCK_STORAGE", "FILE_STORAGE", "OBJECT_STORAGE"})
  void storeKindsNeedingBackup_fail(StoreKind kind) {
    tester.given(store("s-1", kind, true)).expectFail(ACCOUNT);
  }

  @ParameterizedTest(name = "{0} is not judged")
  @EnumSource(value = StoreKind.class,
      names = {"DATABASE", "NOSQL", "BLOCK_STORAGE", "FILE_STORAGE", "OBJECT_STORAGE"},
      mode = EnumSource.Mode.EXCLUDE)
  void otherStoreKinds_areNotJudged(StoreKind kind) {
    tester.given(store("s-1", kind, true)).expectNotApplicable();
  }

  @Test
  void plansWithoutStores_areNotJudged() {
    tester.given(plan("plan-1")).expectNotApplicable();
  }

  @ParameterizedTest
  @ValueSource(classes = {DataStore.class, BackupPlan.class})
  void collectionGap_isUnknown_neverPass(Class<? extends Fact> kind) {
    tester.givenGap(kind, Refs.awsTokyoScope()).expectUnknown();
  }
}
