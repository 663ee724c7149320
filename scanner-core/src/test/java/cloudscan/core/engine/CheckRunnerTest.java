package cloudscan.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Check;
import cloudscan.core.check.Estate;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.GapKind;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CheckRunnerTest {

  private static final Scope TOKYO = new Scope(Cloud.AWS, "111122223333", "ap-northeast-1");
  private static final Scope OSAKA = new Scope(Cloud.AWS, "111122223333", "ap-northeast-3");
  private static final EvalContext CTX = EvalContext.at(Instant.parse("2026-06-01T00:00:00Z"));

  /** Fails every scanned region for lacking a fact (an absence-based verdict). */
  private static final class FailsEveryScope implements Check {
    @Override
    public CheckSpec spec() {
      return CheckSpec.id("test.absence").title(Text.same("t")).remediation(Text.same("r"))
          .severity(Severity.LOW).requirements("2.5").needs(SecurityService.class).build();
    }

    @Override
    public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
      return facts.scopes().stream().map(s -> Result.fail(s.asResource(), Text.same("nothing on")));
    }
  }

  private static final class Throws implements Check {
    @Override
    public CheckSpec spec() {
      return new FailsEveryScope().spec();
    }

    @Override
    public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
      throw new IllegalStateException("bug");
    }
  }

  private static FactStore scanned(Scope... scopes) {
    FactStore s = new FactStore();
    Estate.Builder b = Estate.builder();
    for (Scope x : scopes) {
      b.scanned(x, x.isGlobal() ? Scope.Level.ACCOUNT : Scope.Level.LOCATION, List.of(), List.of(Estate.EVERYTHING));
    }
    s.estate(b.build());
    return s;
  }

  private static Gap gapIn(Scope scope) {
    return new Gap(scope, "guardduty", "ListDetectors", GapKind.ACCESS_DENIED, "denied",
        List.of("SecurityService"));
  }

  @Test
  void absenceVerdictInGapScope_isReplacedByUnknown() {
    CheckOutcome o = CheckRunner.run(new FailsEveryScope(), scanned(TOKYO, OSAKA), List.of(gapIn(TOKYO)), CTX);
    assertThat(o.findings()).extracting(f -> f.resource().location() + " " + f.status())
        .containsExactlyInAnyOrder("ap-northeast-3 FAIL", "ap-northeast-1 UNKNOWN");
  }

  @Test
  void gapInUnneededKind_isIgnored() {
    Gap other = new Gap(TOKYO, "kms", "ListKeys", GapKind.THROTTLED, "slow", List.of("CryptoKey"));
    CheckOutcome o = CheckRunner.run(new FailsEveryScope(), scanned(TOKYO), List.of(other), CTX);
    assertThat(o.findings()).extracting(Finding::status).containsExactly(Status.FAIL);
  }

  @Test
  void throwingCheck_isUnknownNotPass() {
    CheckOutcome o = CheckRunner.run(new Throws(), scanned(TOKYO), List.of(), CTX);
    assertThat(o.has(Status.UNKNOWN)).isTrue();
    assertThat(o.notApplicable()).isFalse();
  }

  @Test
  void noFactsNoGaps_isNotApplicable() {
    CheckOutcome o = CheckRunner.run(new FailsEveryScope(), new FactStore(), List.of(), CTX);
    assertThat(o.notApplicable()).isTrue();
  }
}
