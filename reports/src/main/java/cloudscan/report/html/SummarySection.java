package cloudscan.report.html;

import cloudscan.core.catalog.Requirement;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
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
    h.open("ul", "class", "tiles");
    for (Map.Entry<RequirementStatus, Long> e : index.requirementCounts().entrySet()) {
      h.open("li", "class", "tile " + Badges.css("rs", e.getKey()));
      h.el("span", e.getValue(), "class", "n");
      Badges.requirement(h, e.getKey());
      h.close("li");
    }
    h.close("ul");
    h.biEl("h3", Text.of("指摘の件数", "Findings"));
    h.open("ul", "class", "tiles");
    for (Map.Entry<Status, Long> e : index.findingCounts().entrySet()) {
      h.open("li", "class", "tile " + Badges.css("fs", e.getKey()));
      h.el("span", e.getValue(), "class", "n");
      Badges.finding(h, e.getKey());
      h.close("li");
    }
    h.close("ul");
    overview(h, index);
    h.close("section");
  }

  private static void overview(HtmlOut h, ResultIndex index) {
    h.open("table", "class", "overview");
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
      h.open("td").bi(req.text()).close("td");
      h.open("td").bi(Labels.of(req.assessment())).close("td");
      h.open("td");
      Badges.requirement(h, r.status());
      h.close("td");
      h.el("td", counts.get(Status.FAIL), "class", "num");
      h.el("td", counts.get(Status.UNKNOWN), "class", "num");
      h.close("tr");
    }
    h.close("tbody").close("table");
  }
}
