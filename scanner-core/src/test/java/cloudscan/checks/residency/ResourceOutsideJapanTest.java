package cloudscan.checks.residency;

import cloudscan.core.fact.SkipCause;
import static cloudscan.testkit.ResidencyFacts.located;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Located;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceOutsideJapanTest {

  private final CheckTester tester = CheckTester.of(new ResourceOutsideJapan());

  @Test
  void virginia_fails() {
    tester.given(located(Cloud.AWS, "us-east-1", null, "bucket-1"))
        .expectFail("bucket-1")
        .expectMessageContains("bucket-1", "us-east-1");
  }

  @Test
  void tokyo_passes() {
    tester.given(located(Cloud.AWS, "ap-northeast-1", null, "bucket-1")).expectPass("bucket-1");
  }

  @Test
  void taipeiLocalZoneUnderTokyo_failsNamingZoneAndParent() {
    tester.given(located(Cloud.AWS, "ap-northeast-1", "ap-northeast-1-tpe-1a", "i-1"))
        .expectFail("i-1")
        .expectMessageContains("i-1", "ap-northeast-1-tpe-1a")
        .expectMessageContains("i-1", "parent region ap-northeast-1 is in Japan");
  }

  @Test
  void globalService_warnsForReview() {
    tester.given(located(Cloud.AWS, "global", null, "cdn-1"))
        .expectWarn("cdn-1")
        .expectMessageContains("cdn-1", "global service");
  }

  @Test
  void unknownLocationName_warns() {
    tester.given(located(Cloud.AWS, "tokyo", null, "vm-1"))
        .expectWarn("vm-1")
        .expectMessageContains("vm-1", "unknown location name");
  }

  @Test
  void mixedAccount_judgesEachResource() {
    tester.given(
            located(Cloud.AWS, "ap-northeast-1", "ap-northeast-1a", "a"),
            located(Cloud.AWS, "ap-northeast-3", null, "b"),
            located(Cloud.AWS, "eu-west-1", null, "c"),
            located(Cloud.GCP, "asia", null, "d"),
            located(Cloud.AZURE, "global", null, "e"))
        .expectPass("a", "b")
        .expectFail("c", "d")
        .expectWarn("e");
  }

  @ParameterizedTest(name = "{0} {1} zone {2} → {3}")
  @CsvSource({
      "AWS, ap-northeast-1, , PASS",
      "AWS, ap-northeast-3, , PASS",
      "AWS, us-east-1, , FAIL",
      "AWS, ap-northeast-1, ap-northeast-1a, PASS",
      "AWS, ap-northeast-1, ap-northeast-1-tpe-1a, FAIL",
      "AWS, ap-northeast-1, apne1-az4, PASS",
      "AWS, global, , WARN",
      "AZURE, japaneast, , PASS",
      "AZURE, japanwest, , PASS",
      "AZURE, eastus, , FAIL",
      "AZURE, global, , WARN",
      "GCP, asia-northeast1, , PASS",
      "GCP, asia-northeast2, , PASS",
      "GCP, asia1, , PASS",
      "GCP, ASIA1, , PASS",
      "GCP, ASIA, , FAIL",
      "GCP, us-central1, , FAIL",
      "GCP, asia-northeast1, asia-northeast1-b, PASS",
      "GCP, asia-northeast1, europe-west1-b, FAIL",
      "GCP, global, , WARN",
      "GCP, somewhere, , WARN"})
  void locationMatrix(Cloud cloud, String location, String zone, String outcome) {
    var run = tester.given(located(cloud, location, zone, "r-1"));
    switch (outcome) {
      case "PASS" -> run.expectPass("r-1");
      case "FAIL" -> run.expectFail("r-1");
      default -> run.expectWarn("r-1");
    }
  }

  @Test
  void regionLeftOutByRegions_isNeverExamined_soNeverMet() {
    tester.given(located(Cloud.AWS, "ap-northeast-1", null, "b-1"))
        .skipped("aws/" + cloudscan.testkit.Refs.ACCOUNT + "/us-east-1", SkipCause.NOT_SELECTED, null)
        .expectPass("b-1").expectUnknownFor("aws/" + cloudscan.testkit.Refs.ACCOUNT + "/us-east-1")
        .expectMessageContains("aws/" + cloudscan.testkit.Refs.ACCOUNT + "/us-east-1", "never examined");
  }

  @Test
  void regionDeniedByAGuardrail_isStillUnexamined_evidenceLiftsItOnlyToReview() {
    tester.given(located(Cloud.AWS, "ap-northeast-1", null, "b-1"))
        .skipped("aws/" + cloudscan.testkit.Refs.ACCOUNT + "/eu-west-1", SkipCause.DENIED_BY_GUARDRAIL, "SCP p-1")
        .expectWarn("aws/" + cloudscan.testkit.Refs.ACCOUNT + "/eu-west-1").expectUnknownFor();
  }

  @Test
  void regionsNotEnabled_andOtherPartitions_areNotPartOfTheEstate() {
    tester.given(located(Cloud.AWS, "ap-northeast-1", null, "b-1"))
        .skipped("aws/" + cloudscan.testkit.Refs.ACCOUNT + "/af-south-1", SkipCause.NOT_ENABLED, null)
        .skipped("aws/" + cloudscan.testkit.Refs.ACCOUNT + "/cn-north-1", SkipCause.OTHER_PARTITION, null)
        .expectPass("b-1").expectUnknownFor().expectWarn();
  }

  @Test
  void inventoryAndTheResourcesOwnServiceBothLocateIt_theServiceWins() {
    var ref = cloudscan.testkit.Refs.gcp("asia", "bucket", "b-dual");
    var byAsset = new cloudscan.core.fact.Located(ref, cloudscan.core.fact.Known.notOffered(), true);
    var byStorage = cloudscan.core.fact.Located.regional(new cloudscan.core.fact.ResourceRef(ref.cloud(), ref.account(),
        "asia-northeast1+asia-northeast2", ref.type(), ref.id()));
    tester.given(byAsset, byStorage).expectPass("b-dual").expectFail();
  }

  @Test
  void twoServiceReadingsThatDisagree_bothAreJudged_theOneAbroadFails() {
    // False-MET case: the first reading (Tokyo) must not hide a second one abroad.
    var tokyo = cloudscan.core.fact.Located.regional(cloudscan.testkit.Refs.aws("ap-northeast-1", "s3:bucket", "arn:aws:s3:::city"));
    var virginia = cloudscan.core.fact.Located.regional(cloudscan.testkit.Refs.aws("us-east-1", "s3:bucket", "arn:aws:s3:::city"));
    tester.given(tokyo, virginia).expectFail("arn:aws:s3:::city");
  }

  @Test
  void theSameReadingTwice_isJudgedOnce() {
    var a = cloudscan.core.fact.Located.regional(cloudscan.testkit.Refs.aws("ap-northeast-1", "s3:bucket", "arn:aws:s3:::city"));
    var b = cloudscan.core.fact.Located.regional(cloudscan.testkit.Refs.aws("ap-northeast-1", "s3:bucket", "arn:aws:s3:::city"));
    tester.given(a, b).expectPass("arn:aws:s3:::city").expectFail();
  }

  @Test
  void zonalResourceInTokyoWhoseZoneWasNotRead_isUnknown() {
    tester.given(cloudscan.core.fact.Located.zonal(cloudscan.testkit.Refs.aws("ec2-instance", "i-1"), null))
        .expectUnknownFor("i-1").expectPass();
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(Located.class, Refs.awsTokyoScope()).expectUnknown();
  }

  @Test
  void noResources_isNotApplicable() {
    tester.given().expectNotApplicable();
  }
}
