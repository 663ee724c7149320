package cloudscan.report.html;

import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.report.Labels;
import java.util.Map;

/** One check under a requirement: its spec (title, severity, remediation) and its findings. */
final class CheckBlock {

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
      FindingTable.render(h, o, baseline);
    }
    h.close("div");
  }

  private static void counts(HtmlOut h, Map<Status, Long> counts) {
    h.open("span", "class", "counts");
    for (Status s : Status.values()) {
      long n = counts.getOrDefault(s, 0L);
      if (n > 0) {
        h.open("span", "class", "count " + Badges.css("fs", s)).text(Labels.symbol(s) + " ")
            .bi(Labels.of(s)).text(" " + n).close("span");
      }
    }
    h.close("span");
  }
}
