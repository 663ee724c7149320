package cloudscan.checks.patching;

import static cloudscan.testkit.PatchingFacts.fixedSince;
import static cloudscan.testkit.PatchingFacts.noFix;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cloudscan.core.check.Thresholds;
import cloudscan.core.fact.Vulnerability;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixOverdueTest {

  private final CheckTester tester = CheckTester.of(new FixOverdue());

  @Test
  void fixAvailable30Days_fails() {
    tester.given(fixedSince("CVE-2026-0001", Duration.ofDays(30)))
        .expectFail("i-1")
        .expectMessageContains("i-1", "CVE-2026-0001 [HIGH]: fix available for more than 7 days (30 days)");
  }

  @Test
  void fixAvailable3Days_passesWithinWindow() {
    tester.given(fixedSince("CVE-2026-0001", Duration.ofDays(3)))
        .expectPass("i-1")
        .expectMessageContains("i-1", "fix available 3 days, within the 7-day window");
  }

  @Test
  void noFixYet_passesAndSaysTrack() {
    tester.given(noFix("CVE-2026-0002"))
        .expectPass("i-1")
        .expectMessageContains("i-1", "no fix available yet; track");
  }

  @ParameterizedTest(name = "fix available {0} → fail={1}")
  @CsvSource({
      "PT0S, false",
      "P6D, false",
      "P6DT23H59M59S, false",
      "P7D, false",
      "P7DT1S, true",
      "P8D, true",
      "P365D, true"})
  void sevenDayBoundary(String age, boolean fails) {
    var run = tester.given(fixedSince("CVE-2026-0001", Duration.parse(age)));
    if (fails) {
      run.expectFail("i-1");
    } else {
      run.expectPass("i-1").expectFail();
    }
  }

  @Test
  void fixDatedInTheFuture_passesWithZeroDays() {
    tester.given(fixedSince("CVE-2026-0001", Duration.ofDays(-2)))
        .expectPass("i-1")
        .expectMessageContains("i-1", "fix available 0 days");
  }

  @Test
  void oneResultPerFinding_onTheSameServer() {
    var run = tester.given(fixedSince("CVE-OLD", Duration.ofDays(20)), fixedSince("CVE-NEW", Duration.ofDays(1)))
        .expectFail("i-1")
        .expectPass("i-1")
        .expectMessageContains("i-1", "CVE-OLD")
        .expectMessageContains("i-1", "CVE-NEW");
    assertEquals(2, run.findings().size());
  }

  @Test
  void cityWidensWindowTo14Days_10DaysPasses() {
    tester.withThresholds(Thresholds.DEFAULTS.with("patchWindowDays", "14"))
        .given(fixedSince("CVE-A", Duration.ofDays(10)), fixedSince("CVE-B", Duration.ofDays(15)))
        .expectPass("i-1")
        .expectFail("i-1")
        .expectMessageContains("i-1", "CVE-A [HIGH]: fix available 10 days, within the 14-day window");
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(Vulnerability.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
