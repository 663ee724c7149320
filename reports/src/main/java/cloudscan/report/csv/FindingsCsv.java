package cloudscan.report.csv;

import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Lang;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Finding;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.fact.ResourceRef;
import cloudscan.report.ResultIndex;
import java.util.List;

/**
 * {@code report.csv} / {@code findings.csv}: one row per finding under each requirement its check
 * serves (so filtering by requirement in a spreadsheet shows everything for it). A check that
 * failed to run gets one UNKNOWN row with its error, so it is never silently absent.
 */
final class FindingsCsv {

  private static final List<Text> HEADER = List.of(
      Text.of("要件ID", "Requirement ID"), Text.of("項番", "Item"),
      Text.of("チェックID", "Check ID"), Text.of("チェック", "Check"),
      Text.of("重要度", "Severity"), Text.of("結果", "Status"),
      Text.of("クラウド", "Cloud"), Text.of("アカウント", "Account"),
      Text.of("リージョン", "Location"), Text.of("リソース種別", "Resource type"),
      Text.of("リソースID", "Resource ID"), Text.of("内容", "Message"),
      Text.of("例外承認者", "Waiver approved by"), Text.of("例外期限", "Waiver expires"));

  private FindingsCsv() { }

  static CsvTable of(ResultIndex index, Lang lang) {
    CsvTable table = new CsvTable(HEADER.stream().map(t -> t.in(lang)).toList());
    for (RequirementResult r : index.result().requirements()) {
      for (CheckOutcome o : index.checksOf(r)) {
        o.findings().forEach(f -> finding(table.row(), r, o.spec(), f, lang));
        if (o.error() != null) {
          error(table.row(), r, o, lang);
        }
      }
    }
    return table;
  }

  private static void finding(CsvTable.Row row, RequirementResult r, CheckSpec spec, Finding f,
      Lang lang) {
    ResourceRef res = f.resource();
    start(row, r, spec, lang).text(f.status())
        .text(res.cloud().id()).text(res.account()).text(res.location()).text(res.type())
        .text(res.id()).text(f.message().in(lang))
        .text(f.waiver() == null ? "" : f.waiver().approvedBy())
        .text(f.waiver() == null ? "" : f.waiver().expires())
        .end();
  }

  private static void error(CsvTable.Row row, RequirementResult r, CheckOutcome o, Lang lang) {
    Text msg = Text.of("チェックを実行できませんでした: ", "the check could not run: ").append(o.error());
    start(row, r, o.spec(), lang).text(Status.UNKNOWN)
        .text("").text("").text("").text("").text("").text(msg.in(lang)).text("").text("")
        .end();
  }

  private static CsvTable.Row start(CsvTable.Row row, RequirementResult r, CheckSpec spec, Lang lang) {
    return row.text(r.requirement().id()).text(ResultIndex.label(r.requirement()))
        .text(spec.id()).text(spec.title().in(lang)).text(spec.severity());
  }
}
