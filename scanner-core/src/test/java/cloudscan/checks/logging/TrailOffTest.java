package cloudscan.checks.logging;

import static cloudscan.testkit.LoggingFacts.trail;

import cloudscan.core.check.Status;
import cloudscan.core.fact.AuditTrail;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrailOffTest {

  private static final String ACCOUNT = "aws/111122223333/global";

  private final CheckTester tester = CheckTester.of(new TrailOff());

  /** The facts, in the scanned test account. */
  private CheckTester.Run given(AuditTrail... trails) {
    return tester.given(trails).inScope(ACCOUNT);
  }

  @Test
  void multiRegionLoggingTrail_passes() {
    given(trail("t-1").build()).expectPass(ACCOUNT).expectFail();
  }

  @Test
  void scannedAccountWithoutTrail_whereTrailsWereLookedFor_fails() {
    tester.given().inScope(ACCOUNT).inScope(Refs.awsTokyoScope())
        .expectFail(ACCOUNT)
        .expectMessageContains(ACCOUNT, "no trail at all");
  }

  @Test
  void scannedAccountWhereNobodyLookedForTrails_isUnknown_neverNotApplicable() {
    tester.given().inScope(ACCOUNT, "PasswordPolicy").expectUnknownFor(ACCOUNT).expectFail();
  }

  @Test
  void trailOfAnAccountThatWasNotScanned_makesNoAccountVerdict() {
    tester.given(trail("t-1").build()).expectNotApplicable();
  }

  @Test
  void guestUserRecordedAtTenantLevel_isNoPhantomAccount() {
    String tenant = "azure/tenant-1/global";
    String subscription = "azure/00000000-0000-0000-0000-000000000001/global";
    var guest = cloudscan.testkit.IdentityFacts.guest("maint@vendor.example").external("vendor.example").build();
    var guestInTenant = new cloudscan.core.fact.Principal(
        cloudscan.testkit.Refs.of(cloudscan.core.fact.Cloud.AZURE, "tenant-1", "global", "user", "guest-1"),
        guest.kind(), guest.name(), guest.consoleAccess(), guest.mfa(), guest.accessKeys(), "vendor.example", null);
    AuditTrail diag = trail(Refs.azure("global", "diagnostic-setting", "activity-to-law")).build();
    tester.given(diag, guestInTenant).inOrganization(tenant).inAccount(subscription, "tenant-1")
        .expectPass(subscription).expectFail().expectUnknownFor();
  }

  @Test
  void trailNotLogging_fails() {
    given(trail("t-1").notLogging().build())
        .expectFail(ACCOUNT)
        .expectMessageContains(ACCOUNT, "not logging");
  }

  @Test
  void homeRegionOnlyTrail_fails() {
    given(trail("t-1").homeRegionOnly().build())
        .expectFail(ACCOUNT)
        .expectMessageContains(ACCOUNT, "covers only its home region (ap-northeast-1)");
  }

  @Test
  void managementEventsOff_fails() {
    given(trail("t-1").noManagementEvents().build())
        .expectFail(ACCOUNT)
        .expectMessageContains(ACCOUNT, "management events not recorded");
  }

  @Test
  void loggingStatusUnknown_isUnknown() {
    given(trail("t-1").logging(null).build())
        .expectUnknownFor(ACCOUNT)
        .expectPass();
  }

  @Test
  void loggingUnknownButAnotherTrailComplete_passes() {
    given(trail("t-1").logging(null).build(), trail("t-2").build()).expectPass(ACCOUNT);
  }

  @Test
  void singleRegionTrailsOnly_failNamingEach() {
    given(trail("t-tokyo").homeRegionOnly().build(),
            trail("t-osaka").homeRegionOnly().seenFrom("ap-northeast-3").build())
        .expectFail(ACCOUNT)
        .expectMessageContains(ACCOUNT, "t-tokyo: covers only its home region (ap-northeast-1)")
        .expectMessageContains(ACCOUNT, "t-osaka: covers only its home region (ap-northeast-3)");
  }

  @Test
  void trailSeenFromSeveralRegions_judgedOncePerAccount() {
    given(trail("t-1").build(), trail("t-1").seenFrom("ap-northeast-3").build())
        .inScope("aws/111122223333/ap-northeast-3")
        .expectPass(ACCOUNT);
  }

  @Test
  void secondAccountWithoutTrail_failsBesidePass() {
    given(trail("t-1").build())
        .inScope("aws/444455556666/global")
        .expectPass(ACCOUNT)
        .expectFail("aws/444455556666/global");
  }

  @Test
  void azureActivityLogExport_passes() {
    AuditTrail diag = trail(Refs.azure("global", "diagnostic-setting", "activity-to-law")).build();
    tester.given(diag).inScope("azure/00000000-0000-0000-0000-000000000001/global")
        .expectPass("azure/00000000-0000-0000-0000-000000000001/global");
  }

  @Test
  void managementEventSelectorsUnread_isUnknown_notFail() {
    given(trail("t-1").managementEventsUnread().build()).expectUnknownFor(ACCOUNT).expectFail();
  }

  @ParameterizedTest(name = "allLocations={0} logging={1} managementEvents={2} → {3}")
  @CsvSource(nullValues = "null", value = {
      "true, true, true, PASS",
      "true, false, true, FAIL",
      "true, null, true, UNKNOWN",
      "false, true, true, FAIL",
      "false, null, true, FAIL",
      "true, true, false, FAIL",
      "true, null, false, FAIL",
      "false, false, false, FAIL"})
  void trailMatrix(boolean allLocations, Boolean logging, boolean managementEvents, Status expected) {
    var run = given(trail("t-1").allLocations(allLocations).logging(logging)
        .managementEvents(managementEvents).build());
    switch (expected) {
      case PASS -> run.expectPass(ACCOUNT);
      case FAIL -> run.expectFail(ACCOUNT);
      default -> run.expectUnknownFor(ACCOUNT);
    }
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(AuditTrail.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
