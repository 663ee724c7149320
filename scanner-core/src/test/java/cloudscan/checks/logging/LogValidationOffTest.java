package cloudscan.checks.logging;

import static cloudscan.testkit.LoggingFacts.trail;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.Retention;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogValidationOffTest {

  private final CheckTester tester = CheckTester.of(new LogValidationOff());

  @Test
  void validationOff_fails() {
    tester.given(trail("t-1").validation(false).build()).expectFail("t-1");
  }

  @Test
  void validationOn_passes() {
    tester.given(trail("t-1").validation(true).build()).expectPass("t-1");
  }

  @Test
  void validationNotRead_isUnknown_neverNotApplicable() {
    tester.given(trail("t-1").validation(null).build()).expectUnknownFor("t-1").expectPass();
  }

  @Test
  void cloudWithoutValidation_writingToAnImmutableStore_passes() {
    tester.given(trail("t-1").validationNotOffered().writesTo("locked-bucket").build(),
            new LogStore(Refs.gcp("global", "log-bucket", "locked-bucket"), true, Retention.days(400), Known.of(true)))
        .expectPass("t-1").expectMessageContains("t-1", "immutable store locked-bucket");
  }

  @Test
  void cloudWithoutValidation_writingToAnAlterableStore_needsReview() {
    tester.given(trail("t-1").validationNotOffered().writesTo("law-1").build(),
            new LogStore(Refs.azure("japaneast", "workspace", "law-1"), true, Retention.days(730), Known.of(false)))
        .expectWarn("t-1").expectFail();
  }

  @Test
  void cloudWithoutValidation_storeNotCollected_isUnknown() {
    tester.given(trail("t-1").validationNotOffered().writesTo("elsewhere").build()).expectUnknownFor("t-1");
  }

  @ParameterizedTest(name = "validation={0} in a trail that is otherwise broken → fail={1}")
  @CsvSource({"false, true", "true, false"})
  void judgedRegardlessOfOtherSettings(boolean validation, boolean fails) {
    var run = tester.given(trail("t-1").homeRegionOnly().notLogging().validation(validation).build());
    if (fails) {
      run.expectFail("t-1");
    } else {
      run.expectPass("t-1");
    }
  }

  @Test
  void trailSeenFromSeveralRegions_judgedOnce() {
    var run = tester.given(trail("t-1").validation(false).build(),
        trail("t-1").validation(false).seenFrom("ap-northeast-3").build());
    run.expectFail("t-1");
    assertEquals(1, run.findings().size());
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(AuditTrail.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
