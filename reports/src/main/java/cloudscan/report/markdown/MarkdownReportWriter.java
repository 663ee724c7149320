package cloudscan.report.markdown;

import cloudscan.core.check.Lang;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.engine.ScanResult;
import cloudscan.report.EvidenceHeader;
import cloudscan.report.Labels;
import cloudscan.report.ReportOptions;
import cloudscan.report.ReportWriter;
import cloudscan.report.ResultIndex;
import cloudscan.report.Times;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code report.md}: a short summary for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}
 * (kept well under the 65,536 characters a comment takes), in the chosen language.
 */
public final class MarkdownReportWriter implements ReportWriter {

  public static final String FILE = "report.md";

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public List<String> files() {
    return List.of(FILE);
  }

  @Override
  public void write(ScanResult result, ReportOptions options, Path dir) throws IOException {
    Files.writeString(dir.resolve(FILE), render(result, options.lang()), StandardCharsets.UTF_8);
  }

  static String render(ScanResult result, Lang lang) {
    ResultIndex index = new ResultIndex(result);
    StringBuilder md = new StringBuilder(8 * 1024);
    // advisory items (3.7) give advice: they never make the headline "not met"
    RequirementStatus worst = result.requirements().stream().filter(r -> !Labels.advisoryMiss(r))
        .map(RequirementResult::status).min(Enum::compareTo).orElse(RequirementStatus.NOT_APPLICABLE);
    md.append("## ").append(Labels.symbol(worst)).append(" cloudscan: ")
        .append(Md.text(result.catalog().title().in(lang))).append("\n\n");
    if (result.catalog().issuer() != null) {
      md.append(Md.text(result.catalog().issuer().in(lang))).append(" · ");
    }
    md.append(Text.of("評価日時 ", "evaluated ").in(lang)).append(Times.human(result.evaluatedAt()))
        .append("\n\n");
    evidence(md, result, lang);
    summary(md, index, lang);
    if (result.baseline() != null) {
      baseline(md, result, lang);
    }
    requirements(md, index, lang);
    FindingList.append(md, index, lang);
    if (!result.gaps().isEmpty()) {
      md.append("> ").append(Text.of(
          "収集できなかった項目が " + result.gaps().size() + " 件あります。関係するチェックは判定不能です。",
          result.gaps().size() + " collection gap(s): dependent checks read unknown.").in(lang))
          .append("\n");
    }
    return md.toString();
  }

  /** The evidence header, folded: collection time, identity, scope, never-examined locations. */
  private static void evidence(StringBuilder md, ScanResult result, Lang lang) {
    md.append("<details><summary>").append(Text.of("証跡の情報", "Evidence").in(lang)).append("</summary>\n\n");
    for (EvidenceHeader.Item item : EvidenceHeader.of(result).items()) {
      String value = Md.text(item.value().in(lang));
      md.append("- **").append(Md.text(item.label().in(lang))).append("**: ")
          .append(item.code() ? "`" + item.value().in(lang).replace("`", "'") + "`" : value).append('\n');
    }
    md.append("\n</details>\n\n");
  }

  private static void summary(StringBuilder md, ResultIndex index, Lang lang) {
    md.append(Md.row(Text.of("判定", "Status").in(lang), Text.of("要件数", "Requirements").in(lang)));
    md.append("|---|---:|\n");
    long advisory = index.result().requirements().stream().filter(Labels::advisoryMiss).count();
    for (Map.Entry<RequirementStatus, Long> e : index.requirementCounts().entrySet()) {
      long n = e.getValue() - (e.getKey() == RequirementStatus.NOT_MET ? advisory : 0);
      if (n > 0) {
        md.append(Md.row(Labels.symbol(e.getKey()) + " " + Labels.of(e.getKey()).in(lang), Long.toString(n)));
      }
    }
    if (advisory > 0) {
      md.append(Md.row("△ " + Text.of("参考（不適合）", "Advisory (not met)").in(lang), Long.toString(advisory)));
    }
    md.append('\n');
  }

  /** One line: open findings new and unchanged since the baseline, and those resolved. */
  private static void baseline(StringBuilder md, ScanResult result, Lang lang) {
    Baseline b = result.baseline();
    long added = b.count(result, Baseline.Mark.NEW);
    long unchanged = b.count(result, Baseline.Mark.UNCHANGED);
    int notAssessed = b.notAssessed().size();
    md.append(Text.of(
        "**前回の結果との比較:** 新規 " + added + " 件 · 継続 " + unchanged + " 件 · 解消 " + b.resolved().size() + " 件"
            + (notAssessed == 0 ? "" : " · 今回未評価 " + notAssessed + " 件（解消ではありません）"),
        "**Since the baseline:** " + added + " new · " + unchanged + " unchanged · " + b.resolved().size()
            + " resolved" + (notAssessed == 0 ? "" : " · " + notAssessed + " not assessed now (not resolved)"))
        .in(lang)).append("\n\n");
  }

  private static void requirements(StringBuilder md, ResultIndex index, Lang lang) {
    md.append("<details><summary>").append(Text.of("要件ごとの判定", "Status by requirement").in(lang))
        .append("</summary>\n\n");
    md.append(Md.row(Text.of("項番", "Item").in(lang), Text.of("要件", "Requirement").in(lang),
        Text.of("判定", "Status").in(lang), Text.of("不合格", "Fail").in(lang),
        Text.of("判定不能", "Unknown").in(lang)));
    md.append("|---|---|---|---:|---:|\n");
    for (RequirementResult r : index.result().requirements()) {
      Map<Status, Long> counts = index.findingCounts(r);
      md.append(Md.row(Md.text(ResultIndex.label(r.requirement())),
          Md.text(Md.shorten(r.requirement().text().in(lang), 40)),
          Labels.symbol(r) + " " + Labels.of(r).in(lang),
          counts.get(Status.FAIL).toString(), counts.get(Status.UNKNOWN).toString()));
    }
    md.append("\n</details>\n\n");
  }
}
