package cloudscan.report.csv;

import cloudscan.core.catalog.Requirement;
import cloudscan.core.check.Lang;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.RequirementResult;
import cloudscan.report.Labels;
import cloudscan.report.ResultIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code requirements.csv}: one row per requirement, in the catalog's order, with counts. Every
 * header and value is in the chosen language, except the status code (for formulas and filters).
 */
final class RequirementsCsv {

  private static final List<Text> HEADER = List.of(
      Text.of("項番", "Item"), Text.same("ID"),
      Text.of("要件（日本語）", "Requirement (Japanese)"), Text.of("要件（英語）", "Requirement (English)"),
      Text.of("評価方法", "Assessment"), Text.of("参考扱い", "Advisory"),
      Text.of("判定コード", "Status code"), Text.of("判定", "Status"),
      Text.of("証明", "Attestation"), Text.of("チェック数", "Checks"));

  private RequirementsCsv() { }

  static void write(ResultIndex index, Lang lang, Path file) throws IOException {
    List<String> header = new ArrayList<>(HEADER.stream().map(t -> t.in(lang)).toList());
    ResultIndex.SHOWN_ORDER.forEach(s -> header.add(Labels.of(s).in(lang)));
    try (CsvTable table = CsvTable.create(file, header)) {
      for (RequirementResult r : index.result().requirements()) {
        Requirement req = r.requirement();
        Map<Status, Long> counts = index.findingCounts(r);
        CsvTable.Row row = table.row()
            .text(ResultIndex.label(req)).text(req.id()).text(req.text().ja()).text(req.text().en())
            .text(Labels.of(req.assessment()).in(lang)).text(Labels.yesNo(req.advisory()).in(lang))
            .text(Labels.code(r)).text(Labels.of(r).in(lang))
            .text(Labels.of(r.attestationState()).in(lang)).number(r.checkIds().size());
        ResultIndex.SHOWN_ORDER.forEach(s -> row.number(counts.get(s)));
        row.end();
      }
    }
  }
}
