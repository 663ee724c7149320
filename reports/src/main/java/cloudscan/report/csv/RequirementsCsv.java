package cloudscan.report.csv;

import cloudscan.core.catalog.Requirement;
import cloudscan.core.check.Lang;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.RequirementResult;
import cloudscan.report.Labels;
import cloudscan.report.ResultIndex;
import java.util.List;
import java.util.Map;

/** {@code requirements.csv}: one row per requirement, in the catalog's order, with counts. */
final class RequirementsCsv {

  private static final List<Text> HEADER = List.of(
      Text.of("項番", "Item"), Text.same("ID"),
      Text.of("要件（日本語）", "Requirement (Japanese)"), Text.of("要件（英語）", "Requirement (English)"),
      Text.of("評価方法", "Assessment"), Text.of("参考扱い", "Advisory"),
      Text.of("判定", "Status"), Text.of("判定（表示）", "Status (label)"),
      Text.of("証明", "Attestation"), Text.of("チェック数", "Checks"),
      Text.same("PASS"), Text.same("FAIL"), Text.same("WARN"), Text.same("UNKNOWN"),
      Text.same("WAIVED"));

  private RequirementsCsv() { }

  static CsvTable of(ResultIndex index, Lang lang) {
    CsvTable table = new CsvTable(HEADER.stream().map(t -> t.in(lang)).toList());
    for (RequirementResult r : index.result().requirements()) {
      Requirement req = r.requirement();
      Map<Status, Long> counts = index.findingCounts(r);
      CsvTable.Row row = table.row()
          .text(ResultIndex.label(req)).text(req.id()).text(req.text().ja()).text(req.text().en())
          .text(req.assessment()).text(req.advisory())
          .text(r.status()).text(Labels.of(r.status()).in(lang))
          .text(r.attestationState()).number(r.checkIds().size());
      for (Status s : Status.values()) {
        row.number(counts.get(s));
      }
      row.end();
    }
    return table;
  }
}
