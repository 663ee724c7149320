package cloudscan.report.html;

import cloudscan.core.catalog.Requirement;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.engine.ScanResult;
import cloudscan.report.Labels;
import cloudscan.report.ResultIndex;
import java.util.Map;

/** Counts per status (requirements and findings) and a one-line-per-requirement overview. */
final class SummarySection {

  private SummarySection() { }

  static void render(HtmlOut h, ResultIndex index) {
    h.open("section", "id", "summary", "aria-labelledby", "summary-h");
    h.biEl("h2", Text.of("概要", "Summary"), "id", "summary-h");
    h.biEl("h3", Text.of("要件の判定（" + index.result().requirements().size() + "件）",
        "Requirements (" + index.result().requirements().size() + ")"));
    long advisory = index.result().requirements().stream().filter(Labels::advisoryMiss).count();
    h.open("ul", "class", "tiles requirement-tiles");
    for (Map.Entry<RequirementStatus, Long> e : index.requirementCounts().entrySet()) {
      long n = e.getValue() - (e.getKey() == RequirementStatus.NOT_MET ? advisory : 0);
      h.open("li", "class", "tile " + Badges.css("rs", e.getKey()));
      h.el("span", n, "class", "n");
      Badges.requirement(h, e.getKey());
      h.close("li");
    }
    if (advisory > 0) {
      // an advisory item not met is advice, counted apart from the failures (it never fails the gate)
      h.open("li", "class", "tile rs-advisory");
      h.el("span", advisory, "class", "n");
      h.open("span", "class", "badge rs-advisory").el("span", "△", "class", "sym", "aria-hidden", "true")
          .bi("参考（不適合）", "Advisory (not met)").close("span");
      h.close("li");
    }
    h.close("ul");
    h.biEl("h3", Text.of("指摘の件数", "Findings"));
    h.open("ul", "class", "tiles finding-tiles");
    Map<Status, Long> findings = index.findingCounts();
    for (Status s : ResultIndex.SHOWN_ORDER) {
      h.open("li", "class", "tile " + Badges.css("fs", s));
      h.el("span", findings.get(s), "class", "n");
      Badges.finding(h, s);
      h.close("li");
    }
    h.close("ul");
    if (index.result().baseline() != null) {
      baseline(h, index.result());
    }
    overview(h, index);
    h.close("section");
  }

  /** New, unchanged and resolved open findings since the baseline, and the resolved ones listed. */
  private static void baseline(HtmlOut h, ScanResult result) {
    Baseline b = result.baseline();
    h.biEl("h3", Text.of("前回の結果との比較", "Since the baseline"));
    h.open("ul", "class", "tiles baseline");
    tile(h, b.count(result, Baseline.Mark.NEW), Text.of("新規", "New"), "new");
    tile(h, b.count(result, Baseline.Mark.UNCHANGED), Text.of("継続", "Unchanged"), "unchanged");
    tile(h, b.resolved().size(), Text.of("解消", "Resolved"), "resolved");
    if (!b.notAssessed().isEmpty()) {
      tile(h, b.notAssessed().size(), Text.of("今回未評価", "Not assessed now"), "not-assessed");
    }
    h.close("ul");
    gone(h, b.resolved(), Text.of("解消した指摘（" + b.resolved().size() + "件）", "Resolved findings (" + b.resolved().size() + ")"),
        "resolved");
    gone(h, b.notAssessed(), Text.of("今回は評価できなかった前回の指摘（" + b.notAssessed().size()
        + "件。チェックの除外・収集の欠落・未確認のロケーション。解消ではありません）",
        "Earlier findings not assessed this time (" + b.notAssessed().size()
            + "; check excluded, a collection gap, a location not examined: not resolved)"), "not-assessed");
  }

  /** The earlier open findings of one kind (resolved, or not assessed now), folded. */
  private static void gone(HtmlOut h, java.util.List<Baseline.Resolved> list, Text title, String css) {
    if (list.isEmpty()) {
      return;
    }
    h.open("details", "class", css).open("summary").bi(title.ja(), title.en()).close("summary");
    h.open("div", "class", "scroll").open("table", "class", css).open("thead").open("tr");
    for (Text t : new Text[] {Text.of("前回の結果", "Was"), Text.of("チェック", "Check"),
        Text.of("リソース", "Resource"), Text.of("内容", "Message")}) {
      h.biEl("th", t, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody");
    for (Baseline.Resolved r : list) {
      h.open("tr", "class", css + "-row").open("td");
      Badges.finding(h, r.finding().status());
      h.close("td");
      h.open("td").el("code", r.finding().checkId()).close("td");
      h.open("td").el("code", ResultIndex.where(r.finding().resource())).close("td");
      h.open("td").bi(r.finding().message()).close("td");
      h.close("tr");
    }
    h.close("tbody").close("table").close("div").close("details");
  }

  private static void tile(HtmlOut h, long n, Text label, String kind) {
    h.open("li", "class", "tile bl-" + kind);
    h.el("span", n, "class", "n");
    h.open("span", "class", "badge" + (kind.equals("new") ? " new" : "")).bi(label).close("span");
    h.close("li");
  }

  private static void overview(HtmlOut h, ResultIndex index) {
    h.open("div", "class", "scroll").open("table", "class", "overview");
    h.open("thead").open("tr");
    for (Text t : new Text[] {Text.of("項番", "Item"), Text.of("要件", "Requirement"),
        Text.of("評価方法", "Assessment"), Text.of("判定", "Status"),
        Text.of("不合格", "Fail"), Text.of("判定不能", "Unknown")}) {
      h.biEl("th", t, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody");
    for (RequirementResult r : index.result().requirements()) {
      Requirement req = r.requirement();
      Map<Status, Long> counts = index.findingCounts(r);
      h.open("tr", "class", "ov-row", "data-req", req.id().value(), "data-status", r.status().name());
      h.open("td").open("a", "href", "#" + RequirementBlock.anchor(req))
          .bi(ResultIndex.label(req), req.id().value()).close("a").close("td");
      h.open("td", "class", "txt").bi(req.text()).close("td");
      h.open("td", "class", "kind").bi(Labels.of(req.assessment())).close("td");
      h.open("td", "class", "st");
      Badges.requirement(h, r);
      h.close("td");
      h.el("td", counts.get(Status.FAIL), "class", "num");
      h.el("td", counts.get(Status.UNKNOWN), "class", "num");
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
  }
}
