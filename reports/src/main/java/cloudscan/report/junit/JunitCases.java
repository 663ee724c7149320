package cloudscan.report.junit;

import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Lang;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.AttestationState;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Finding;
import cloudscan.core.engine.RequirementResult;
import cloudscan.report.ResultIndex;
import cloudscan.report.junit.JunitCase.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps a requirement onto test cases: one per check (failure for FAIL, error for UNKNOWN or a
 * check that could not run, skipped when nothing was in scope), plus one for the attestation
 * where the requirement needs one (skipped while missing, failure once expired).
 */
final class JunitCases {

  /** Finding lines per test case; CI views show the rest as a count. */
  static final int LINES = 100;

  private JunitCases() { }

  static List<JunitCase> of(RequirementResult r, ResultIndex index, Lang lang) {
    String cls = r.requirement().id().value();
    List<JunitCase> cases = new ArrayList<>();
    for (CheckOutcome o : index.checksOf(r)) {
      cases.add(check(cls, o, lang));
    }
    if (r.requirement().assessment().needsAttestation()) {
      cases.add(attestation(cls, r.attestationState(), lang));
    } else if (cases.isEmpty()) {
      cases.add(new JunitCase(cls, "no-check", Outcome.SKIPPED,
          Text.of("自動チェックなし", "no automated check").in(lang), null, null));
    }
    return cases;
  }

  private static JunitCase check(String cls, CheckOutcome o, Lang lang) {
    CheckSpec spec = o.spec();
    String name = spec.id() + ": " + spec.title().in(lang);
    if (o.error() != null) {
      return new JunitCase(cls, name, Outcome.ERROR,
          Text.of("チェックを実行できませんでした", "the check could not run").in(lang), "check-error", o.error());
    }
    if (o.notApplicable()) {
      return new JunitCase(cls, name, Outcome.SKIPPED,
          Text.of("対象リソースなし", "no resource in scope").in(lang), null, null);
    }
    long fails = o.counts().getOrDefault(Status.FAIL, 0L);
    long unknown = o.counts().getOrDefault(Status.UNKNOWN, 0L);
    if (fails > 0) {
      return new JunitCase(cls, name, Outcome.FAILURE, Text.of(fails + " 件が不合格",
          fails + " resource(s) fail").in(lang), spec.severity().name(), lines(o, lang));
    }
    if (unknown > 0) {
      return new JunitCase(cls, name, Outcome.ERROR, Text.of(unknown + " 件が判定不能",
          unknown + " resource(s) could not be judged").in(lang), "unknown", lines(o, lang));
    }
    return JunitCase.passed(cls, name, lines(o, lang));
  }

  private static JunitCase attestation(String cls, AttestationState state, Lang lang) {
    return switch (state) {
      case VALID, NOT_NEEDED -> JunitCase.passed(cls, "attestation", null);
      case MISSING -> new JunitCase(cls, "attestation", Outcome.SKIPPED,
          Text.of("証明が未提出", "attestation missing").in(lang), null, null);
      case NOT_YET_VALID -> new JunitCase(cls, "attestation", Outcome.SKIPPED,
          Text.of("証明日が未来のため未発効", "attestation not yet valid (dated in the future)").in(lang), null, null);
      case EXPIRED -> new JunitCase(cls, "attestation", Outcome.FAILURE,
          Text.of("証明の期限切れ", "attestation expired").in(lang), "attestation-expired", null);
    };
  }

  /** Every finding that is not a plain pass, one per line, worst first, at most {@link #LINES}. */
  private static String lines(CheckOutcome o, Lang lang) {
    List<Finding> open = ResultIndex.worstFirst(o).stream().filter(f -> f.status() != Status.PASS).toList();
    String s = open.stream().limit(LINES).map(f -> line(f, lang)).collect(Collectors.joining("\n"));
    if (open.size() > LINES) {
      int rest = open.size() - LINES;
      s += "\n" + Text.of("ほか " + rest + " 件（すべて report.csv・report.json にあります）",
          "and " + rest + " more (every one in report.csv and report.json)").in(lang);
    }
    return s.isEmpty() ? null : s;
  }

  private static String line(Finding f, Lang lang) {
    String waiver = f.waiver() == null ? "" : " [" + f.waiver().approvedBy() + " ≤ " + f.waiver().expires() + "]";
    return f.status() + " " + ResultIndex.where(f.resource()) + " — " + f.message().in(lang) + waiver;
  }

  /** {@code 3.13 ３（13） <requirement text>}: the suite's name. */
  static String suiteName(RequirementResult r, Lang lang) {
    return r.requirement().id().value() + " " + ResultIndex.label(r.requirement()) + " "
        + r.requirement().text().in(lang);
  }
}
