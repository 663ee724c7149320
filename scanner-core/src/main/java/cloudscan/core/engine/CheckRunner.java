package cloudscan.core.engine;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Estate;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Expectation;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.snapshot.Gap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one check and applies the never-green-by-accident rules in exactly one place:
 * <ol>
 *   <li>expectations: a scanned account or region without an expected fact is the expectation's
 *       verdict where a collector looked for it, UNKNOWN where none did;</li>
 *   <li>gaps: every collection gap in a fact kind the check needs adds an UNKNOWN finding for the
 *       gap's scope and drops the check's own scope-level verdicts there;</li>
 *   <li>coverage: for checks about the whole estate, every location of a scanned account that was
 *       never examined is UNKNOWN (or, with evidence such as a region-deny guardrail, WARN).</li>
 * </ol>
 * A check that throws is recorded as an error, which rolls up as UNKNOWN, never PASS.
 */
public final class CheckRunner {

  private static final Logger LOG = LoggerFactory.getLogger(CheckRunner.class);

  private CheckRunner() { }

  public static CheckOutcome run(Check check, Facts facts, List<Gap> gaps, EvalContext ctx) {
    CheckSpec spec = check.spec();
    List<Finding> findings = new ArrayList<>();
    try {
      check.evaluate(facts, ctx).forEach(r -> findings.add(new Finding(spec.id(), r.resource(), r.status(), r.message(), null)));
      for (Expectation e : spec.expects()) {
        expect(spec, e, facts, findings);
      }
      if (spec.expects().isEmpty()) {
        unexaminedSubject(spec, facts.estate(), findings);
      }
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
    for (Estate.Unexamined u : facts.estate().unexamined()) {
      // a region left out stops only the checks about the whole estate; an account, folder or
      // organization never examined hides resources of every kind, so no check speaks for it
      if (spec.estateWide() || u.scope().isGlobal()) {
        findings.add(new Finding(spec.id(), u.scope().asResource(),
            u.evidence() == null ? Status.UNKNOWN : Status.WARN, unexaminedText(u), null));
      }
    }
    return new CheckOutcome(spec, findings, null);
  }

  /**
   * A scanned account where the check said nothing and nobody looked for its subject (the first
   * kind it needs) in any of the account's scopes: silence there is not "nothing to judge".
   */
  private static void unexaminedSubject(CheckSpec spec, Estate estate, List<Finding> out) {
    String subject = FactKinds.nameOf(spec.needs().get(0));
    for (Scope account : estate.accounts()) {
      boolean looked = estate.scopes().stream().filter(sc -> sameAccount(sc, account))
          .anyMatch(sc -> estate.lookedFor(sc, subject));
      boolean said = out.stream().anyMatch(f -> sameAccount(f.resource().scope(), account));
      if (!looked && !said) {
        out.add(new Finding(spec.id(), account.asResource(), Status.UNKNOWN, Text.of(
            "このアカウントでは " + subject + " を収集していないため判定できません（このクラウドのスキャンでは未収集）",
            "nobody looked for " + subject + " in this account (this cloud's scan does not collect it): cannot judge"),
            null));
      }
    }
  }

  /** Adds the expectation's verdict for every scanned scope of its level that no fact covers. */
  private static void expect(CheckSpec spec, Expectation e, Facts facts, List<Finding> out) {
    Estate estate = facts.estate();
    Set<Scope> with = scopesWith(facts, e.kind(), e::satisfiedBy);
    Set<Scope> where = e.onlyWhere() == null ? null : scopesWith(facts, e.onlyWhere(), e.onlyWhereTest());
    for (Scope s : scopesOf(e, estate)) {
      if (covered(e, s, with, estate)) {
        continue;
      }
      if (where != null && !applies(e, s, where)) {
        if (!conditionLookedFor(e, s, estate)) {
          // Nobody looked for servers (data stores...) here: whether the expectation applies is
          // itself unknown, which must not read as "not applicable".
          out.add(new Finding(spec.id(), s.asResource(), Status.UNKNOWN, Text.of(
              "この範囲では " + FactKinds.nameOf(e.onlyWhere()) + " を収集していないため、" + e.onlyWhereLabel()
                  + " の有無が分からず判定できません",
              "nobody looked for " + FactKinds.nameOf(e.onlyWhere()) + " here: whether it has "
                  + e.onlyWhereLabel() + " is unknown, so this cannot be judged"), null));
        }
        continue;
      }
      if (estate.lookedFor(s, e.key())) {
        out.add(new Finding(spec.id(), s.asResource(), e.whenMissing(), e.missing(), null));
      } else {
        out.add(new Finding(spec.id(), s.asResource(), Status.UNKNOWN, Text.of(
            "この範囲では " + e.key() + " を収集していないため判定できません（このクラウドのスキャンでは未収集）",
            "nobody looked for " + e.key() + " here (this cloud's scan does not collect it): cannot judge"), null));
      }
    }
  }

  /** Whether the kind that decides if {@code e} applies was looked for in {@code s} (per account: in each of its scopes). */
  private static boolean conditionLookedFor(Expectation e, Scope s, Estate estate) {
    String name = FactKinds.nameOf(e.onlyWhere());
    if (e.per() == Scope.Level.LOCATION) {
      return estate.lookedFor(s, name);
    }
    return estate.scopes().stream().filter(x -> sameAccount(x, s)).allMatch(x -> estate.lookedFor(x, name));
  }

  /**
   * The scopes an expectation judges: every scanned scope of its level; for a per-region
   * expectation also every scanned account that has no region scopes of its own (a GCP project,
   * whose services are collected account-wide), which then stands for all of its locations.
   */
  static List<Scope> scopesOf(Expectation e, Estate estate) {
    if (e.per() != Scope.Level.LOCATION) {
      return estate.accounts();
    }
    List<Scope> out = new ArrayList<>(estate.locations());
    Set<Scope> withLocations = new HashSet<>();
    out.forEach(l -> withLocations.add(l.accountScope()));
    estate.accounts().stream().filter(a -> !withLocations.contains(a)).forEach(out::add);
    return out;
  }

  private static Set<Scope> scopesWith(Facts facts, Class<? extends Fact> kind,
      java.util.function.Predicate<Fact> test) {
    Set<Scope> out = new HashSet<>();
    for (Fact f : facts.all(kind)) {
      if (test.test(f)) {
        out.add(f.resource().scope());
      }
    }
    return out;
  }

  /** Per region: a fact in it, its account's global scope, or an organization above. Per account: anywhere in it. */
  private static boolean covered(Expectation e, Scope s, Set<Scope> with, Estate estate) {
    if (e.per() == Scope.Level.ACCOUNT && with.stream().anyMatch(w -> sameAccount(w, s))) {
      return true;
    }
    return estate.coveringScopes(s).stream().anyMatch(with::contains);
  }

  private static boolean applies(Expectation e, Scope s, Set<Scope> where) {
    return e.per() == Scope.Level.ACCOUNT || s.isGlobal()
        ? where.stream().anyMatch(w -> sameAccount(w, s)) : where.contains(s);
  }

  private static boolean sameAccount(Scope a, Scope b) {
    return a.cloud() == b.cloud() && a.account().equals(b.account());
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
    // the provider's message is its own words (usually English): marked as such, never translated
    return Text.of(
        "収集できませんでした（" + what + ": " + gap.kind().label().ja() + "）。クラウドの応答（原文）: " + gap.message(),
        "could not collect (" + what + ": " + gap.kind() + "): " + gap.message());
  }

  static Text unexaminedText(Estate.Unexamined u) {
    Text cause = switch (u.cause()) {
      case NOT_SELECTED -> Text.of("スキャン対象として選ばれていません（--regions 等）", "not selected for the scan (--regions)");
      case DENIED_BY_GUARDRAIL -> Text.of("ガードレールにより拒否されています", "denied by a guardrail");
      case UNREACHABLE -> Text.of("到達できませんでした", "could not be reached");
      default -> Text.of(u.cause().name(), u.cause().name());
    };
    String detail = u.reason() == null || u.reason().isBlank() ? "" : "（プロバイダの記録（原文）: " + u.reason() + "）";
    String detailEn = u.reason() == null || u.reason().isBlank() ? "" : " (" + u.reason() + ")";
    if (u.evidence() == null && u.scope().isGlobal()) {
      return Text.of(
          "この範囲（アカウント・フォルダ等）は一度も確認されていません: " + cause.ja() + detail
              + "。ここにあるリソースは判定されていません",
          "this scope (account, folder) was never examined: " + cause.en() + detailEn + "; resources there were not judged");
    }
    if (u.evidence() == null) {
      return Text.of(
          "このロケーションは一度も確認されていません: " + cause.ja() + detail + "。ここにあるリソースは判定されていません",
          "this location was never examined: " + cause.en() + detailEn + "; resources there were not judged");
    }
    return Text.of(
        "このロケーションは確認されていません: " + cause.ja() + detail + "。根拠「" + u.evidence()
            + "」からリソースはないと考えられますが、確認が必要です（適合とはみなしません）",
        "this location was never examined: " + cause.en() + detailEn + "; evidence suggests it is empty ("
            + u.evidence() + "), which needs review, not a pass");
  }
}
