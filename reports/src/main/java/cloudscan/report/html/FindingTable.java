package cloudscan.report.html;

import cloudscan.core.check.Text;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Finding;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.waiver.Waiver;

/** The findings of one check, one row each; rows carry data attributes for the filters. */
final class FindingTable {

  private static final Text[] HEADER = {
      Text.of("結果", "Status"), Text.of("リソース", "Resource"), Text.of("アカウント", "Account"),
      Text.of("リージョン", "Location"), Text.of("内容", "Message"), Text.of("例外承認", "Waiver")};

  private FindingTable() { }

  /** @param baseline the comparison with an earlier result, or null */
  static void render(HtmlOut h, CheckOutcome o, Baseline baseline) {
    h.open("table", "class", "findings").open("thead").open("tr");
    for (Text t : HEADER) {
      h.biEl("th", t, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody");
    for (Finding f : o.findings()) {
      row(h, f, o, baseline == null ? null : baseline.mark(f));
    }
    h.close("tbody").close("table");
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
    h.open("td", "class", "res").el("span", r.type(), "class", "rtype").text(" ")
        .el("code", r.id()).close("td");
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
