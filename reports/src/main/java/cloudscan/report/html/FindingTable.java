package cloudscan.report.html;

import cloudscan.core.check.Text;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Finding;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.waiver.Waiver;
import java.util.List;

/**
 * Findings of one check, one row each (at most a given number; a last line counts the rest and
 * points to the full lists). Rows carry data attributes for the filters. On a phone each row
 * becomes a card (CSS).
 */
final class FindingTable {

  private static final Text[] HEADER = {
      Text.of("結果", "Status"), Text.of("リソース", "Resource"), Text.of("アカウント", "Account"),
      Text.of("リージョン", "Location"), Text.of("内容", "Message"), Text.of("例外承認", "Waiver")};

  private FindingTable() { }

  /**
   * @param rows     the findings to show, in order
   * @param max      rows listed at most; the rest are counted in a last line
   * @param baseline the comparison with an earlier result, or null
   */
  static void render(HtmlOut h, CheckOutcome o, List<Finding> rows, int max, Baseline baseline) {
    h.open("table", "class", "findings").open("thead").open("tr");
    for (Text t : HEADER) {
      h.biEl("th", t, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody");
    for (Finding f : rows.subList(0, Math.min(max, rows.size()))) {
      row(h, f, o, baseline == null ? null : baseline.mark(f));
    }
    h.close("tbody").close("table");
    if (rows.size() > max) {
      int rest = rows.size() - max;
      h.open("p", "class", "more").bi(
          "ほか " + rest + " 件はここには表示していません。すべての指摘は report.csv と report.json にあります（絞り込みは表示中の行だけが対象です）。",
          rest + " more not shown here. Every finding is in report.csv and report.json (filters apply to the rows shown).")
          .close("p");
    }
  }

  private static void row(HtmlOut h, Finding f, CheckOutcome o, Baseline.Mark mark) {
    ResourceRef r = f.resource();
    h.open("tr", "class", "finding " + Badges.css("fs", f.status()), "data-status", f.status().name(),
        "data-cloud", r.cloud().id(), "data-account", r.account(),
        "data-severity", o.spec().severity().name(), "data-baseline", mark == null ? null : mark.name());
    h.open("td");
    Badges.finding(h, f.status());
    if (mark == Baseline.Mark.NEW) {
      h.text(" ");
      Badges.isNew(h);
    }
    h.close("td");
    h.open("td", "class", "res").el("span", r.type(), "class", "rtype");
    if (f.name() != null && !f.name().equals(r.id())) {
      h.el("span", f.name(), "class", "rname");
    }
    h.el("code", r.id()).close("td");
    h.open("td").text(r.cloud().id()).text(" ").el("code", r.account()).close("td");
    h.el("td", r.location());
    h.open("td").bi(f.message()).close("td");
    h.open("td");
    waiver(h, f.waiver());
    h.close("td");
    h.close("tr");
  }

  private static void waiver(HtmlOut h, Waiver w) {
    if (w == null) {
      return;
    }
    h.open("div", "class", "waiver");
    h.bi("承認: ", "Approved by: ").text(w.approvedBy()).open("br").bi("期限: ", "Until: ")
        .text(w.expires());
    if (w.reason() != null) {
      h.open("br").bi("理由: ", "Reason: ").text(w.reason());
    }
    if (w.reference() != null) {
      h.open("br").bi("参照: ", "Reference: ").text(w.reference());
    }
    h.close("div");
  }
}
