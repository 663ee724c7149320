package cloudscan.testkit;

import cloudscan.core.check.Check;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Status;
import cloudscan.core.check.Thresholds;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.CheckRunner;
import cloudscan.core.engine.FactStore;
import cloudscan.core.engine.Finding;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Scope;
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

  /** One scenario: facts and gaps, then one expectation. */
  public final class Run {
    private final FactStore store = new FactStore();
    private final List<Gap> gaps = new ArrayList<>();

    public Run and(Fact... facts) {
      for (Fact f : facts) {
        store.add(f);
      }
      return this;
    }

    /** Declares {@code cloud/account/location} as collected (even with no facts in it). */
    public Run inScope(String scope) {
      store.addScope(parseScope(scope));
      return this;
    }

    /** Adds a gap for {@code kind} in {@code cloud/account/location}. */
    public Run andGap(Class<? extends Fact> kind, String scope) {
      gaps.add(new Gap(parseScope(scope), "test", "TestOperation",
          GapKind.ACCESS_DENIED, "denied in test", List.of(FactKinds.nameOf(kind))));
      return this;
    }

    private Scope parseScope(String scope) {
      String[] p = scope.split("/", 3);
      if (p.length != 3) {
        throw new IllegalArgumentException("scope must be cloud/account/location: " + scope);
      }
      return new Scope(Cloud.fromId(p[0]), p[1], p[2]);
    }

    public CheckOutcome outcome() {
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
