package cloudscan.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Estate;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Expectation;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.PasswordPolicy;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.SkipCause;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.GapKind;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine's "expected per scope" and whole-estate rules, with minimal checks. */
class ExpectationsTest {

  private static final EvalContext CTX = EvalContext.at(Instant.parse("2026-06-01T00:00:00Z"));
  private static final String ACCOUNT = "111122223333";
  private static final Scope GLOBAL = new Scope(Cloud.AWS, ACCOUNT, "global");
  private static final Scope TOKYO = new Scope(Cloud.AWS, ACCOUNT, "ap-northeast-1");
  private static final Scope OSAKA = new Scope(Cloud.AWS, ACCOUNT, "ap-northeast-3");
  private static final String DETECTOR = "SecurityService.THREAT_DETECTION";

  /** Judges nothing itself: every verdict below comes from the engine. */
  private record Expecting(Expectation e, boolean estateWide) implements Check {
    @Override
    public CheckSpec spec() {
      CheckSpec.Builder b = CheckSpec.id("test.expecting").title(Text.same("t")).remediation(Text.same("r"))
          .severity(Severity.LOW).requirements("2.5").expects(e);
      if (estateWide) {
        b.estateWide();
      }
      return b.build();
    }

    @Override
    public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
      return Stream.empty();
    }
  }

  private static final Expectation DETECTOR_PER_REGION = Expectation
      .perLocation(SecurityService.class, SecurityService.Kind.THREAT_DETECTION).fail(Text.same("none here"));

  private static SecurityService detector(Scope where) {
    return new SecurityService(new ResourceRef(Cloud.AWS, ACCOUNT, where.location(), "detector", "d-" + where.location()),
        SecurityService.Kind.THREAT_DETECTION, Known.of(true), "d");
  }

  private static CheckOutcome run(Check check, Estate estate, List<Gap> gaps, Object... facts) {
    FactStore store = new FactStore();
    for (Object f : facts) {
      store.add((cloudscan.core.fact.Fact) f);
    }
    store.estate(estate);
    return CheckRunner.run(check, store, gaps, CTX);
  }

  private static List<String> verdicts(CheckOutcome o) {
    return o.findings().stream().map(f -> f.resource().location() + " " + f.status()).sorted().toList();
  }

  @Test
  void regionLookedAtWithoutTheFact_isTheExpectationsVerdict() {
    Estate e = Estate.builder().scanned(TOKYO, Scope.Level.LOCATION, List.of(), List.of(DETECTOR)).build();
    assertThat(verdicts(run(new Expecting(DETECTOR_PER_REGION, false), e, List.of())))
        .containsExactly("ap-northeast-1 FAIL");
  }

  @Test
  void regionWhereNobodyLookedForTheFact_isUnknown_neverNotApplicable() {
    Estate e = Estate.builder().scanned(TOKYO, Scope.Level.LOCATION, List.of(), List.of("NetworkRule")).build();
    assertThat(verdicts(run(new Expecting(DETECTOR_PER_REGION, false), e, List.of())))
        .containsExactly("ap-northeast-1 UNKNOWN");
  }

  @Test
  void lookingForAnotherVariantOfTheKind_isNotLookingForThisOne() {
    Estate e = Estate.builder()
        .scanned(TOKYO, Scope.Level.LOCATION, List.of(), List.of("SecurityService.CONFIG_RECORDING")).build();
    assertThat(verdicts(run(new Expecting(DETECTOR_PER_REGION, false), e, List.of())))
        .containsExactly("ap-northeast-1 UNKNOWN");
  }

  @Test
  void factInTheRegion_orInTheAccountsGlobalScope_coversIt() {
    Estate e = Estate.builder()
        .scanned(TOKYO, Scope.Level.LOCATION, List.of(), List.of(DETECTOR))
        .scanned(OSAKA, Scope.Level.LOCATION, List.of(), List.of(DETECTOR)).build();
    assertThat(verdicts(run(new Expecting(DETECTOR_PER_REGION, false), e, List.of(), detector(TOKYO))))
        .containsExactly("ap-northeast-3 FAIL"); // a detector in Tokyo does not cover Osaka
    CheckOutcome accountWide = run(new Expecting(DETECTOR_PER_REGION, false), e, List.of(), detector(GLOBAL));
    assertThat(accountWide.findings()).isEmpty();
  }

  @Test
  void aFactNeverMakesItsScopeScanned() {
    Estate none = Estate.builder().build();
    assertThat(run(new Expecting(DETECTOR_PER_REGION, false), none, List.of(), detector(TOKYO)).findings()).isEmpty();
  }

  @Test
  void lookedForAtTheAccountLevel_countsForItsRegions() {
    Estate e = Estate.builder()
        .scanned(GLOBAL, Scope.Level.ACCOUNT, List.of(), List.of(DETECTOR))
        .scanned(TOKYO, Scope.Level.LOCATION, List.of(), List.of()).build();
    assertThat(verdicts(run(new Expecting(DETECTOR_PER_REGION, false), e, List.of()))).containsExactly("ap-northeast-1 FAIL");
  }

  @Test
  void perAccount_anyFactOfTheAccountOrOfAnOrganizationAboveCovers() {
    Expectation policy = Expectation.perAccount(PasswordPolicy.class).fail(Text.same("no policy"));
    Estate e = Estate.builder()
        .scanned(new Scope(Cloud.AZURE, "tenant", "global"), Scope.Level.ORGANIZATION, List.of(), List.of("*"))
        .scanned(new Scope(Cloud.AZURE, "sub-1", "global"), Scope.Level.ACCOUNT, List.of("tenant"), List.of("*"))
        .scanned(new Scope(Cloud.AZURE, "sub-2", "global"), Scope.Level.ACCOUNT, List.of(), List.of("*")).build();
    PasswordPolicy tenantRule = new PasswordPolicy(new ResourceRef(Cloud.AZURE, "tenant", "global", "pp", "entra"),
        PasswordPolicy.Source.PROVIDER_DEFAULT, 8, java.util.Set.of(), 3);
    CheckOutcome o = run(new Expecting(policy, false), e, List.of(), tenantRule);
    assertThat(o.findings()).extracting(f -> f.resource().account() + " " + f.status())
        .containsExactly("sub-2 FAIL"); // the tenant itself is not an account
  }

  @Test
  void onlyWhere_appliesToRegionsWithThatFact() {
    Expectation scanning = Expectation.perLocation(SecurityService.class, SecurityService.Kind.VULNERABILITY_SCANNING)
        .onlyWhere(ComputeInstance.class, "servers").fail(Text.same("none"));
    Estate e = Estate.builder()
        .scanned(TOKYO, Scope.Level.LOCATION, List.of(), List.of("*"))
        .scanned(OSAKA, Scope.Level.LOCATION, List.of(), List.of("*")).build();
    ComputeInstance vm = new ComputeInstance(new ResourceRef(Cloud.AWS, ACCOUNT, "ap-northeast-3", "vm", "i-1"),
        Known.of(true), Known.of(false));
    assertThat(verdicts(run(new Expecting(scanning, false), e, List.of(), vm))).containsExactly("ap-northeast-3 FAIL");
  }

  @Test
  void gapInTheScope_replacesTheMissingVerdictWithUnknown() {
    Estate e = Estate.builder().scanned(TOKYO, Scope.Level.LOCATION, List.of(), List.of(DETECTOR)).build();
    Gap denied = new Gap(TOKYO, "guardduty", "ListDetectors", GapKind.ACCESS_DENIED, "denied", List.of("SecurityService"));
    assertThat(verdicts(run(new Expecting(DETECTOR_PER_REGION, false), e, List.of(denied))))
        .containsExactly("ap-northeast-1 UNKNOWN");
  }

  @Test
  void locationsNeverExamined_makeAWholeEstateCheckUnknown() {
    Expecting residency = new Expecting(Expectation.perAccount(Located.class).warn(Text.same("x")), true);
    Estate e = Estate.builder()
        .scanned(GLOBAL, Scope.Level.ACCOUNT, List.of(), List.of("*"))
        .skipped(Cloud.AWS, ACCOUNT, "us-east-1", SkipCause.NOT_SELECTED, "--regions", null)
        .skipped(Cloud.AWS, ACCOUNT, "af-south-1", SkipCause.NOT_ENABLED, "opt-in", null)
        .skipped(Cloud.AWS, ACCOUNT, "cn-north-1", SkipCause.OTHER_PARTITION, "aws-cn", null)
        .skipped(Cloud.AWS, ACCOUNT, "eu-west-1", SkipCause.DENIED_BY_GUARDRAIL, "SCP", "SCP p-1 denies every action")
        .build();
    Located here = Located.regional(new ResourceRef(Cloud.AWS, ACCOUNT, "ap-northeast-1", "bucket", "b"));
    CheckOutcome o = run(residency, e, List.of(), here);
    assertThat(verdicts(o)).containsExactly("eu-west-1 WARN", "us-east-1 UNKNOWN");
    assertThat(o.findings().stream().filter(f -> f.status() == Status.WARN).findFirst().orElseThrow().message().en())
        .contains("needs review, not a pass");
  }

  @Test
  void locationsNeverExamined_doNotConcernOtherChecks() {
    Estate e = Estate.builder().scanned(TOKYO, Scope.Level.LOCATION, List.of(), List.of(DETECTOR))
        .skipped(Cloud.AWS, ACCOUNT, "us-east-1", SkipCause.NOT_SELECTED, "--regions", null).build();
    assertThat(verdicts(run(new Expecting(DETECTOR_PER_REGION, false), e, List.of(), detector(TOKYO)))).isEmpty();
  }

  @Test
  void aWholeScopeNeverExamined_makesEveryCheckUnknownThere() {
    Estate e = Estate.builder().scanned(TOKYO, Scope.Level.LOCATION, List.of(), List.of(DETECTOR))
        .skipped(Cloud.GCP, "folders/7", ResourceRef.GLOBAL, SkipCause.UNREACHABLE, "cannot list its projects", null).build();
    CheckOutcome o = run(new Expecting(DETECTOR_PER_REGION, false), e, List.of(), detector(TOKYO));
    assertThat(verdicts(o)).containsExactly("global UNKNOWN");
    assertThat(o.findings().get(0).message().en()).contains("this scope (account, folder) was never examined");
  }
}
