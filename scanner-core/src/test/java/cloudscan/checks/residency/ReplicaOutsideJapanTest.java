package cloudscan.checks.residency;

import static cloudscan.testkit.ResidencyFacts.replica;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Replica;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplicaOutsideJapanTest {

  private final CheckTester tester = CheckTester.of(new ReplicaOutsideJapan());

  @Test
  void readReplicaInVirginia_failsNamingMechanismAndDestination() {
    tester.given(replica("db-1", "rds-read-replica", "us-east-1"))
        .expectFail("db-1")
        .expectMessageContains("db-1", "rds-read-replica")
        .expectMessageContains("db-1", "us-east-1");
  }

  @Test
  void copyToOsaka_passes() {
    tester.given(replica("vault-1", "backup-copy", "ap-northeast-3")).expectPass("vault-1");
  }

  @Test
  void copyToOtherAccount_namesIt() {
    tester.given(replica(Cloud.AWS, "ap-northeast-1", "bucket-1", "s3-replication", "444455556666", "eu-west-1"))
        .expectFail("bucket-1")
        .expectMessageContains("bucket-1", "444455556666");
  }

  @Test
  void destinationUnreadable_isUnknown() {
    tester.given(replica("table-1", "dynamodb-global-table", null)).expectUnknownFor("table-1").expectPass();
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
      "AWS, ap-northeast-3, PASS",
      "AWS, us-west-2, FAIL",
      "AWS, ap-northeast-1-tpe-1, FAIL",
      "AWS, global, WARN",
      "AZURE, japanwest, PASS",
      "AZURE, koreasouth, FAIL",
      "GCP, asia-northeast2, PASS",
      "GCP, asia1, PASS",
      "GCP, asia, FAIL",
      "GCP, global, WARN",
      "GCP, atlantis, WARN"})
  void destinationMatrix(Cloud cloud, String destination, String outcome) {
    var run = tester.given(replica(cloud, "source-region", "r-1", "replication", null, destination));
    switch (outcome) {
      case "PASS" -> run.expectPass("r-1");
      case "FAIL" -> run.expectFail("r-1");
      default -> run.expectWarn("r-1");
    }
  }

  @Test
  void oneResourceWithTwoCopies_failsIfEitherIsAbroad() {
    tester.given(replica("db-1", "rds-automated-backup-replication", "ap-northeast-3"),
            replica("db-1", "rds-read-replica", "ap-southeast-1"))
        .expectFail("db-1")
        .expectMessageContains("db-1", "ap-southeast-1");
  }

  @Test
  void backupPlanCopyingAbroad_failsFromThePlanItself_evenWithoutDerivedReplicas() {
    tester.given(cloudscan.testkit.BackupFacts.plan("p-1", cloudscan.testkit.BackupFacts.copyTo("us-east-1"),
            cloudscan.testkit.BackupFacts.copyTo("ap-northeast-3")))
        .expectFail("p-1");
  }

  @Test
  void backupPlanWhoseCopiesWereNotRead_isUnknown() {
    tester.given(cloudscan.testkit.BackupFacts.unreadPlan("p-1")).expectUnknownFor("p-1").expectPass();
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(Replica.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
