package cloudscan.report.csv;

import cloudscan.core.check.Lang;
import cloudscan.core.check.Text;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.engine.Settings;
import cloudscan.report.Times;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code settings.csv}: what the verdicts were judged with, beside the tables of verdicts, so a
 * spreadsheet alone is evidence: every threshold in effect (with the catalog's value and where it
 * came from), the checks excluded, the system name, the SHA-256 of the snapshot and when it was judged.
 */
final class SettingsCsv {

  private static final List<Text> HEADER = List.of(
      Text.of("種類", "Kind"), Text.of("名前", "Name"), Text.of("値", "Value"),
      Text.of("カタログの値", "Catalog value"), Text.of("由来", "Source"));

  private SettingsCsv() { }

  static void write(ScanResult result, Lang lang, Path file) throws IOException {
    Settings s = result.settings();
    try (CsvTable table = CsvTable.create(file, HEADER.stream().map(t -> t.in(lang)).toList())) {
      table.row().text(Text.of("評価", "Evaluation").in(lang)).text(Text.of("評価日時", "Evaluated at").in(lang))
          .text(Times.iso(result.evaluatedAt())).text("").text("").end();
      if (s.systemName() != null) {
        table.row().text(Text.of("対象", "Subject").in(lang)).text(Text.of("対象システム・事業者", "System / vendor").in(lang))
            .text(s.systemName()).text("").text("").end();
      }
      if (s.snapshotSha256() != null) {
        table.row().text(Text.of("証跡", "Evidence").in(lang)).text(Text.of("スナップショットの SHA-256", "Snapshot SHA-256").in(lang))
            .text(s.snapshotSha256()).text("").text("").end();
      }
      for (Settings.ThresholdSetting t : s.thresholds()) {
        table.row().text(Text.of("しきい値", "Threshold").in(lang)).text(t.name()).text(t.value())
            .text(t.catalogValue()).text(source(t.source()).in(lang)).end();
      }
      for (String id : s.excludedChecks()) {
        table.row().text(Text.of("除外したチェック", "Excluded check").in(lang)).text(id)
            .text(Text.of("未評価", "not assessed").in(lang)).text("").text(String.join(" ", s.selection())).end();
      }
    }
  }

  private static Text source(Settings.Source source) {
    return switch (source) {
      case CATALOG -> Text.of("カタログ", "catalog");
      case CONFIG -> Text.of("設定ファイル（--config）", "config file (--config)");
      case OPTION -> Text.of("コマンドライン（--threshold）", "command line (--threshold)");
    };
  }
}
