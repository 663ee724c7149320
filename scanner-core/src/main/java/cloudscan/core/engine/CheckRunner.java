package cloudscan.core.engine;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.snapshot.Gap;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one check and applies the never-green-by-accident rule in exactly one place: every
 * collection gap in a fact kind the check needs adds an UNKNOWN finding for the gap's scope, so a
 * requirement served by the check cannot be met. A check that throws is
 * recorded as an error, which rolls up as UNKNOWN, never PASS.
 */
public final class CheckRunner {

  private static final Logger LOG = LoggerFactory.getLogger(CheckRunner.class);

  private CheckRunner() { }

  public static CheckOutcome run(Check check, Facts facts, List<Gap> gaps, EvalContext ctx) {
    CheckSpec spec = check.spec();
    List<Finding> findings = new ArrayList<>();
    try {
      check.evaluate(facts, ctx).forEach(r ->
          findings.add(new Finding(spec.id(), r.resource(), r.status(), r.message(), null)));
    } catch (RuntimeException e) {
      LOG.warn("check {} failed: {}", spec.id(), e.toString());
      LOG.debug("check failure", e);
      return new CheckOutcome(spec, List.of(), e.toString());
    }
    List<Gap> relevant = gaps.stream().filter(g -> g.affectsAny(spec.needs())).toList();
    if (!relevant.isEmpty()) {
      // A scope-level verdict ("no detector in this region") is a judgement of absence; where
      // the engine could not look, absence proves nothing, so the gap's UNKNOWN replaces it.
      findings.removeIf(f -> isScopeVerdict(f) && relevant.stream().anyMatch(g -> overlaps(g.scope(), f)));
      for (Gap gap : relevant) {
        findings.add(new Finding(spec.id(), gap.scope().asResource(), Status.UNKNOWN, gapText(gap), null));
      }
    }
    return new CheckOutcome(spec, findings, null);
  }

  private static boolean isScopeVerdict(Finding f) {
    return Scope.RESOURCE_TYPE.equals(f.resource().type());
  }

  /** Same cloud and account, and the same location or either side account-wide (global). */
  private static boolean overlaps(Scope gap, Finding f) {
    ResourceRef r = f.resource();
    return gap.cloud() == r.cloud() && gap.account().equals(r.account())
        && (gap.location().equals(r.location()) || gap.location().equals(ResourceRef.GLOBAL)
            || r.location().equals(ResourceRef.GLOBAL));
  }

  static Text gapText(Gap gap) {
    String what = gap.service() + (gap.operation() == null ? "" : " " + gap.operation());
    return Text.of(
        "収集できませんでした（" + what + ": " + gap.kind() + "）: " + gap.message(),
        "could not collect (" + what + ": " + gap.kind() + "): " + gap.message());
  }
}
