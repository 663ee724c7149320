package cloudscan.report.html;

import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.fact.ResourceRef;
import cloudscan.report.Labels;
import cloudscan.report.ResultIndex;
import java.util.Set;
import java.util.TreeSet;

/**
 * Filters (requirement status, requirement, finding status, cloud, account, severity) and a
 * free-text search. Hidden until the script runs, so a page without script shows everything.
 * Option texts switch language through {@code data-ja}/{@code data-en}.
 */
final class FilterBar {

  private FilterBar() { }

  static void render(HtmlOut h, ResultIndex index) {
    h.open("section", "id", "controls", "class", "controls", "hidden", "",
        "aria-label", "Filters / 絞り込み");
    h.open("div", "class", "filters");
    select(h, "f-req-status", Text.of("要件の判定", "Requirement status"));
    for (RequirementStatus s : RequirementStatus.values()) {
      option(h, s.name(), Labels.of(s));
    }
    h.close("select").close("label");
    select(h, "f-req", Text.of("要件", "Requirement"));
    for (RequirementResult r : index.result().requirements()) {
      String id = r.requirement().id().value();
      option(h, id, Text.of(ResultIndex.label(r.requirement()), id));
    }
    h.close("select").close("label");
    select(h, "f-status", Text.of("指摘の結果", "Finding status"));
    for (Status s : ResultIndex.SHOWN_ORDER) {
      option(h, s.name(), Labels.of(s));
    }
    h.close("select").close("label");
    if (index.result().baseline() != null) {
      select(h, "f-baseline", Text.of("前回比", "Since baseline"));
      option(h, "NEW", Text.of("新規", "New"));
      option(h, "UNCHANGED", Text.of("継続", "Unchanged"));
      h.close("select").close("label");
    }
    plainSelect(h, "f-cloud", Text.of("クラウド", "Cloud"), values(index, true));
    plainSelect(h, "f-account", Text.of("アカウント", "Account"), values(index, false));
    select(h, "f-severity", Text.of("重要度", "Severity"));
    for (Severity s : Severity.values()) {
      option(h, s.name(), Labels.of(s));
    }
    h.close("select").close("label");
    h.open("label").bi("検索", "Search");
    h.open("input", "type", "search", "id", "f-q", "data-ja", "リソース名・メッセージなど",
        "data-en", "resource, message, …", "placeholder", "リソース名・メッセージなど");
    h.close("label");
    h.open("button", "type", "button", "id", "f-reset").bi("解除", "Reset").close("button");
    h.close("div");
    h.open("p", "class", "count", "aria-live", "polite").el("output", "", "id", "f-count").close("p");
    h.close("section");
  }

  /** Opens {@code <label>…<select>} with an "all" option; the caller adds options and closes. */
  private static void select(HtmlOut h, String id, Text label) {
    h.open("label").bi(label);
    h.open("select", "id", id);
    option(h, "", Text.of("すべて", "All"));
  }

  private static void option(HtmlOut h, String value, Text label) {
    h.el("option", label.ja(), "value", value, "data-ja", label.ja(), "data-en", label.en());
  }

  private static void plainSelect(HtmlOut h, String id, Text label, Set<String> values) {
    select(h, id, label);
    values.forEach(v -> h.el("option", v, "value", v));
    h.close("select").close("label");
  }

  private static Set<String> values(ResultIndex index, boolean cloud) {
    Set<String> out = new TreeSet<>();
    for (CheckOutcome o : index.result().checks()) {
      o.findings().forEach(f -> out.add(value(f.resource(), cloud)));
    }
    return out;
  }

  private static String value(ResourceRef r, boolean cloud) {
    return cloud ? r.cloud().id() : r.account();
  }
}
