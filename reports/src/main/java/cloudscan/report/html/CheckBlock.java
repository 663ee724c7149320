package cloudscan.report.html;

import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Finding;
import cloudscan.report.Labels;
import cloudscan.report.ResultIndex;
import java.util.List;
import java.util.Map;

/**
 * One check under a requirement: its spec (title, severity, remediation), its counts, and its
 * findings worst first. Open findings (fail, review, unknown, waived) are listed in an expandable
 * box, at most {@link #LISTED} of them; passes are counted, and listed only when there are few.
 * Everything is in report.csv and report.json, which the page points to when it cuts a list.
 */
final class CheckBlock {

  /** Open findings listed per check; the rest are counted. */
  static final int LISTED = 100;
  /** Open findings up to which the box starts expanded. */
  static final int EXPANDED = 25;
  /** Passes listed (collapsed) per check; above this they are only counted. */
  static final int PASSES_LISTED = 20;

  private CheckBlock() { }

  static void render(HtmlOut h, CheckOutcome o, Baseline baseline) {
    CheckSpec spec = o.spec();
    h.open("div", "class", "check", "data-check", spec.id(), "data-severity", spec.severity().name());
    h.open("div", "class", "check-head");
    h.open("h4").el("code", spec.id()).text(" ").bi(spec.title()).close("h4");
    Badges.severity(h, spec.severity());
    counts(h, o.counts());
    h.close("div");
    h.open("p", "class", "remediation").bi("対応: ", "Remediation: ").bi(spec.remediation()).close("p");
    if (o.error() != null) {
      h.open("p", "class", "error").bi("チェックを実行できませんでした（判定不能）: ",
          "The check could not run (unknown): ").el("code", o.error()).close("p");
    } else if (o.notApplicable()) {
      h.open("p", "class", "note").bi(Text.of(
          "対象リソースなし（収集の欠落もありません）。",
          "No resource in scope (and no collection gap).")).close("p");
    } else {
      List<Finding> sorted = ResultIndex.worstFirst(o);
      int passes = (int) sorted.stream().filter(f -> f.status() == Status.PASS).count();
      List<Finding> open = sorted.subList(0, sorted.size() - passes);
      if (!open.isEmpty()) {
        h.open("details", "class", "findings open-findings", "open", open.size() <= EXPANDED ? "" : null);
        h.open("summary").bi(Text.of("要対応・要確認の指摘（" + open.size() + "件）",
            "Findings to act on or review (" + open.size() + ")")).close("summary");
        FindingTable.render(h, o, open, LISTED, baseline);
        h.close("details");
      }
      passes(h, o, sorted.subList(open.size(), sorted.size()), baseline);
    }
    h.close("div");
  }

  /** Few passes: listed, collapsed. Many: counted, with a pointer to the full lists. */
  private static void passes(HtmlOut h, CheckOutcome o, List<Finding> passes, Baseline baseline) {
    if (passes.isEmpty()) {
      return;
    }
    Text label = Text.of("合格したリソース（" + passes.size() + "件）", "Passing resources (" + passes.size() + ")");
    if (passes.size() > PASSES_LISTED) {
      h.open("p", "class", "passes").bi(label).text(" ").bi(
          "— 一覧は report.csv と report.json にあります。",
          "— listed one by one in report.csv and report.json.").close("p");
      return;
    }
    h.open("details", "class", "findings passes").open("summary").bi(label).close("summary");
    FindingTable.render(h, o, passes, PASSES_LISTED, baseline);
    h.close("details");
  }

  private static void counts(HtmlOut h, Map<Status, Long> counts) {
    h.open("span", "class", "counts");
    for (Status s : ResultIndex.SHOWN_ORDER) {
      long n = counts.getOrDefault(s, 0L);
      if (n > 0) {
        h.open("span", "class", "count " + Badges.css("fs", s)).text(Labels.symbol(s) + " ")
            .bi(Labels.of(s)).text(" " + n).close("span");
      }
    }
    h.close("span");
  }
}
