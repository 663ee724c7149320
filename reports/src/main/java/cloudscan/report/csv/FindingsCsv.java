package cloudscan.report.csv;

import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Lang;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Finding;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.fact.ResourceRef;
import cloudscan.report.Labels;
import cloudscan.report.ProgressCounter;
import cloudscan.report.ResultIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code report.csv}: one row per finding under each requirement its check serves (so filtering
 * by requirement in a spreadsheet shows everything for it), worst first within a check. A check
 * that failed to run gets one UNKNOWN row with its error, so it is never silently absent. With a
 * baseline, a column says whether an open finding is new or unchanged.
 */
final class FindingsCsv {

  private static final List<Text> HEAD = List.of(
      Text.of("要件ID", "Requirement ID"), Text.of("項番", "Item"),
      Text.of("チェックID", "Check ID"), Text.of("チェック", "Check"),
      Text.of("重要度", "Severity"), Text.of("結果", "Status"));
  private static final Text BASELINE = Text.of("前回比", "Since baseline");
  private static final List<Text> TAIL = List.of(
      Text.of("クラウド", "Cloud"), Text.of("アカウント", "Account"),
      Text.of("リージョン", "Location"), Text.of("リソース種別", "Resource type"),
      Text.of("リソースID", "Resource ID"), Text.of("リソース名", "Resource name"),
      Text.of("内容", "Message"), Text.of("対応", "Remediation"),
      Text.of("例外承認者", "Waiver approved by"), Text.of("例外期限", "Waiver expires"));

  private final ResultIndex index;
  private final Lang lang;
  private final Baseline baseline;

  private FindingsCsv(ResultIndex index, Lang lang) {
    this.index = index;
    this.lang = lang;
    this.baseline = index.result().baseline();
  }

  static void write(ResultIndex index, Lang lang, Path file, ProgressCounter progress) throws IOException {
    new FindingsCsv(index, lang).writeTo(file, progress);
  }

  /** Rows the file will hold: the progress total. */
  static long rows(ResultIndex index) {
    long n = 0;
    for (RequirementResult r : index.result().requirements()) {
      for (CheckOutcome o : index.checksOf(r)) {
        n += o.findings().size() + (o.error() == null ? 0 : 1);
      }
    }
    return n;
  }

  private void writeTo(Path file, ProgressCounter progress) throws IOException {
    List<Text> header = new ArrayList<>(HEAD);
    if (baseline != null) {
      header.add(BASELINE);
    }
    header.addAll(TAIL);
    try (CsvTable table = CsvTable.create(file, header.stream().map(t -> t.in(lang)).toList())) {
      for (RequirementResult r : index.result().requirements()) {
        for (CheckOutcome o : index.checksOf(r)) {
          for (Finding f : ResultIndex.worstFirst(o)) {
            finding(table.row(), r, o.spec(), f);
            progress.step();
          }
          if (o.error() != null) {
            error(table.row(), r, o);
            progress.step();
          }
        }
      }
    }
  }

  private void finding(CsvTable.Row row, RequirementResult r, CheckSpec spec, Finding f) {
    start(row, r, spec, f.status());
    if (baseline != null) {
      Baseline.Mark mark = baseline.mark(f);
      row.text(mark == null ? "" : Labels.of(mark).in(lang));
    }
    ResourceRef res = f.resource();
    row.text(res.cloud().id()).text(res.account()).text(res.location()).text(res.type())
        .text(res.id()).text(f.name()).text(f.message().in(lang)).text(spec.remediation().in(lang))
        .text(f.waiver() == null ? "" : f.waiver().approvedBy())
        .text(f.waiver() == null ? "" : f.waiver().expires())
        .end();
  }

  private void error(CsvTable.Row row, RequirementResult r, CheckOutcome o) {
    Text msg = Text.of("チェックを実行できませんでした: ", "the check could not run: ").append(o.error());
    start(row, r, o.spec(), Status.UNKNOWN);
    if (baseline != null) {
      row.text("");
    }
    row.text("").text("").text("").text("").text("").text("").text(msg.in(lang))
        .text(o.spec().remediation().in(lang)).text("").text("").end();
  }

  private void start(CsvTable.Row row, RequirementResult r, CheckSpec spec, Status status) {
    row.text(r.requirement().id()).text(ResultIndex.label(r.requirement()))
        .text(spec.id()).text(spec.title().in(lang)).text(Labels.of(spec.severity()).in(lang))
        .text(Labels.of(status).in(lang));
  }
}
