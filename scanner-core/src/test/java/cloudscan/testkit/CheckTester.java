package cloudscan.testkit;

import cloudscan.core.check.Check;
import cloudscan.core.check.Estate;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Status;
import cloudscan.core.check.Thresholds;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.CheckRunner;
import cloudscan.core.engine.FactStore;
import cloudscan.core.engine.Finding;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SkipCause;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.GapKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Facts in, findings out: runs a check through the same {@link CheckRunner} the engine uses (so
 * gaps become UNKNOWN exactly as in a real scan) and asserts the exact set of resources per status.
 */
public final class CheckTester {

  /** The default evaluation time of tests: fixed, so results never depend on the day. */
  public static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  private final Check check;
  private final List<String> scanned = new ArrayList<>();
  private Instant now = NOW;
  private Thresholds thresholds = Thresholds.DEFAULTS;

  private CheckTester(Check check) {
    this.check = check;
  }

  public static CheckTester of(Check check) {
    return new CheckTester(check);
  }

  public CheckTester at(Instant when) {
    this.now = when;
    return this;
  }

  public CheckTester at(String isoInstant) {
    return at(Instant.parse(isoInstant));
  }

  /**
   * Declares scopes (accounts as {@code cloud/account/global}, or regions) as scanned, looked at
   * for everything, in every scenario of this tester.
   */
  public CheckTester scanning(String... scopes) {
    scanned.addAll(List.of(scopes));
    return this;
  }

  public CheckTester withThresholds(Thresholds t) {
    this.thresholds = t;
    return this;
  }

  public Run given(Fact... facts) {
    return new Run().and(facts);
  }

  public Run given(List<? extends Fact> facts) {
    return new Run().and(facts.toArray(Fact[]::new));
  }

  public Run givenGap(Class<? extends Fact> kind, String scope) {
    return new Run().andGap(kind, scope);
  }

  /**
   * One scenario: facts, what was scanned (and looked for), gaps, then one expectation. Nothing is
   * scanned unless declared: a fact never makes its scope "scanned".
   */
  public final class Run {
    private final FactStore store = new FactStore();
    private final List<Gap> gaps = new ArrayList<>();
    private final Estate.Builder estate = Estate.builder();

    private Run() {
      scanned.forEach(this::inScope);
    }

    public Run and(Fact... facts) {
      for (Fact f : facts) {
        store.add(f);
      }
      return this;
    }

    /**
     * Declares {@code cloud/account/location} as scanned (even with no facts in it), looked at for
     * everything: a region, or with location {@code global} an account.
     */
    public Run inScope(String scope) {
      return inScope(scope, Estate.EVERYTHING);
    }

    /** Declares a scanned scope looked at only for {@code keys} (fact keys such as {@code PasswordPolicy}). */
    public Run inScope(String scope, String... keys) {
      Scope s = Scope.parse(scope);
      estate.scanned(s, s.isGlobal() ? Scope.Level.ACCOUNT : Scope.Level.LOCATION, List.of(), List.of(keys));
      return this;
    }

    /** Declares a scanned account ({@code cloud/account/global}) below organization-level scopes. */
    public Run inAccount(String scope, String... parents) {
      estate.scanned(Scope.parse(scope), Scope.Level.ACCOUNT, List.of(parents), List.of(Estate.EVERYTHING));
      return this;
    }

    /** Declares an organization-level scope (tenant, GCP organization): {@code cloud/orgId/global}. */
    public Run inOrganization(String scope) {
      estate.scanned(Scope.parse(scope), Scope.Level.ORGANIZATION, List.of(), List.of(Estate.EVERYTHING));
      return this;
    }

    /** Declares a location of a scanned account that was not examined. */
    public Run skipped(String scope, SkipCause cause, String evidence) {
      Scope s = Scope.parse(scope);
      estate.skipped(s.cloud(), s.account(), s.location(), cause, "in test", evidence);
      return this;
    }

    /** Adds a gap for {@code kind} in {@code cloud/account/location}. */
    public Run andGap(Class<? extends Fact> kind, String scope) {
      Gap g = new Gap(Scope.parse(scope), "test", "TestOperation",
          GapKind.ACCESS_DENIED, "denied in test", List.of(FactKinds.nameOf(kind)));
      gaps.add(g);
      estate.gap(g.scope(), FactKinds.nameOf(kind));
      return this;
    }

    public CheckOutcome outcome() {
      store.estate(estate.build());
      return CheckRunner.run(check, store, gaps, new EvalContext(now, thresholds));
    }

    public List<Finding> findings() {
      return outcome().findings();
    }

    /** Asserts that exactly these resource IDs FAIL (and nothing else fails). */
    public Run expectFail(String... resourceIds) {
      return expect(Status.FAIL, resourceIds);
    }

    /** Asserts that exactly these resource IDs PASS. */
    public Run expectPass(String... resourceIds) {
      return expect(Status.PASS, resourceIds);
    }

    /** Asserts that exactly these resource IDs WARN. */
    public Run expectWarn(String... resourceIds) {
      return expect(Status.WARN, resourceIds);
    }

    /** Asserts that exactly these resource IDs are UNKNOWN. */
    public Run expectUnknownFor(String... resourceIds) {
      return expect(Status.UNKNOWN, resourceIds);
    }

    /** Asserts at least one UNKNOWN finding and no PASS at all. */
    public Run expectUnknown() {
      CheckOutcome o = outcome();
      if (!o.has(Status.UNKNOWN)) {
        throw new AssertionError("expected UNKNOWN, got " + describe(o.findings()));
      }
      if (o.has(Status.PASS)) {
        throw new AssertionError("a gap must never pass, got " + describe(o.findings()));
      }
      return this;
    }

    /** Asserts the check found nothing to judge. */
    public Run expectNotApplicable() {
      CheckOutcome o = outcome();
      if (!o.notApplicable()) {
        throw new AssertionError("expected no findings, got " + describe(o.findings()));
      }
      return this;
    }

    /** Asserts the message of the finding on {@code resourceId} contains {@code fragment} (en). */
    public Run expectMessageContains(String resourceId, String fragment) {
      List<Finding> fs = findings().stream().filter(f -> f.resource().id().equals(resourceId)).toList();
      if (fs.stream().noneMatch(f -> f.message().en().contains(fragment))) {
        throw new AssertionError("no finding on " + resourceId + " mentions '" + fragment + "': "
            + describe(fs));
      }
      return this;
    }

    private Run expect(Status status, String... resourceIds) {
      List<Finding> fs = findings();
      Set<String> actual = fs.stream().filter(f -> f.status() == status)
          .map(f -> f.resource().id()).collect(Collectors.toCollection(TreeSet::new));
      Set<String> expected = new TreeSet<>(List.of(resourceIds));
      if (!actual.equals(expected)) {
        throw new AssertionError("expected " + status + " for exactly " + expected + " but was "
            + actual + "; all findings: " + describe(fs));
      }
      return this;
    }

    private String describe(List<Finding> fs) {
      return fs.stream().map(f -> f.status() + " " + f.resource().id() + " (" + f.message().en() + ")")
          .collect(Collectors.joining("; ", "[", "]"));
    }
  }
}
