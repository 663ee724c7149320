package cloudscan.report.markdown;

import cloudscan.core.check.Lang;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Finding;
import cloudscan.report.Labels;
import cloudscan.report.ResultIndex;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The findings worth a reviewer's eye: failures, then those needing review, then unknowns; most
 * severe first within each; capped in length.
 */
final class FindingList {

  /** Rows shown; the rest are counted and left to report.html. */
  static final int MAX_ROWS = 30;

  private static final java.util.Set<Status> SHOWN = java.util.EnumSet.of(Status.FAIL, Status.WARN, Status.UNKNOWN);

  private FindingList() { }

  private record Row(CheckOutcome check, Finding finding) { }

  static void append(StringBuilder md, ResultIndex index, Lang lang) {
    List<Row> rows = index.result().checks().stream()
        .flatMap(o -> o.findings().stream().map(f -> new Row(o, f)))
        .filter(r -> SHOWN.contains(r.finding().status()))
        .sorted(Comparator.comparing((Row r) -> r.finding(), ResultIndex.WORST_FIRST)
            .thenComparing(r -> r.check().spec().severity()))
        .toList();
    if (rows.isEmpty()) {
      return;
    }
    md.append("### ").append(Text.of("不合格・要確認・判定不能の指摘", "Failures, reviews and unknowns").in(lang))
        .append(" (").append(rows.size()).append(")\n\n");
    md.append(Md.row(Text.of("結果", "Status").in(lang), Text.of("要件", "Req.").in(lang),
        Text.of("チェック", "Check").in(lang), Text.of("重要度", "Severity").in(lang),
        Text.of("リソース", "Resource").in(lang), Text.of("内容", "Message").in(lang)));
    md.append("|---|---|---|---|---|---|\n");
    Baseline b = index.result().baseline();
    rows.stream().limit(MAX_ROWS).forEach(r -> md.append(row(r, lang, b)));
    if (rows.size() > MAX_ROWS) {
      md.append('\n').append(Text.of("ほか " + (rows.size() - MAX_ROWS) + " 件は report.html（すべては report.csv・report.json）を参照してください。",
          (rows.size() - MAX_ROWS) + " more in report.html (every one in report.csv and report.json).").in(lang)).append('\n');
    }
    md.append('\n');
  }

  private static String row(Row r, Lang lang, Baseline b) {
    Finding f = r.finding();
    String reqs = r.check().spec().requirements().stream().map(Object::toString)
        .collect(Collectors.joining(", "));
    String mark = b != null && b.isNew(f) ? " " + Text.of("**新規**", "**new**").in(lang) : "";
    return Md.row(Labels.symbol(f.status()) + " " + Labels.of(f.status()).in(lang) + mark, reqs,
        Md.text(r.check().spec().id()), Labels.of(r.check().spec().severity()).in(lang),
        Md.text(ResultIndex.where(f.resource())), Md.text(f.message().in(lang)));
  }
}
