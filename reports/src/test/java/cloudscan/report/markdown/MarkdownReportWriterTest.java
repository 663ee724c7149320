package cloudscan.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Lang;
import cloudscan.report.fixture.Reports;
import cloudscan.report.fixture.SampleResult;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportWriterTest {

  @TempDir static Path ja;
  @TempDir static Path en;
  static String md;

  @BeforeAll static void write() {
    Reports.write(new MarkdownReportWriter(), Lang.JA, ja);
    Reports.write(new MarkdownReportWriter(), Lang.EN, en);
    md = Reports.read(ja.resolve("report.md"));
  }

  @Test void withBaseline_countsNewAndResolved_andMarksNewRows() {
    String b = MarkdownReportWriter.render(cloudscan.report.fixture.SampleResult.withBaseline(),
        cloudscan.core.check.Lang.EN);
    assertThat(b).contains("**Since the baseline:** 1 new · 3 unchanged · 1 resolved");
    assertThat(b.lines().filter(l -> l.contains("**new**"))).hasSize(1);
    assertThat(md).doesNotContain("baseline").doesNotContain("前回");
  }

  @Test void heading_showsTheWorstStatus() {
    assertThat(md).startsWith("## ✖ cloudscan: 外部サービス利用におけるセキュリティ要件");
  }

  @Test void requirementTable_hasAll24Rows() {
    assertThat(md.lines().filter(l -> l.matches("\\| [１２３]（[０-９0-9]+）.*"))).hasSize(24);
    assertThat(md).contains("| ３（13） |");
  }

  @Test void resourceNames_cannotInjectMarkupOrCells() {
    assertThat(md).doesNotContain(SampleResult.XSS_ID).contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;");
    assertThat(Md.text("a|b [x](http://e) @team $x$")).isEqualTo("a\\|b \\[x\\]\\(http://e\\) \\@team \\$x\\$");
  }

  @Test void failuresAndUnknowns_areListed_severestFirst() {
    int critical = md.indexOf("test.patch-late");
    int high = md.indexOf("test.outside-japan", md.indexOf("### "));
    assertThat(critical).isPositive().isLessThan(high);
    assertThat(md).contains("判定不能").contains("収集できなかった項目が 1 件");
  }

  @Test void english_isChosenByOption() {
    assertThat(Reports.read(en.resolve("report.md"))).contains("Failures, reviews and unknowns", "Not met");
  }

  @Test void shorten_countsCodePoints() {
    assertThat(Md.shorten("𠀋𠀋𠀋", 2)).isEqualTo("𠀋𠀋…");
  }

  @Test void advisoryRequirement_readsAdvisory_andNeverMakesTheHeadlineNotMet() {
    var r = SampleResult.judge(java.util.List.of(cloudscan.report.fixture.FakeChecks.singleZone()),
        cloudscan.core.fact.Located.regional(SampleResult.resource("ap-northeast-1", "zonal-db", "db-1")));
    String a = MarkdownReportWriter.render(r, Lang.JA);
    assertThat(a.lines().filter(l -> l.startsWith("| ３（７） |"))).singleElement().asString()
        .contains("△ 参考（不適合）").doesNotContain("✖");
    assertThat(a).contains("| △ 参考（不適合） | 1 |").doesNotContain("| ✖ 不適合 |").doesNotStartWith("## ✖");
  }

  @Test void evidence_isListedUnderTheHeading() {
    assertThat(md).contains("<details><summary>証跡の情報</summary>",
        "- **収集日時**: 2026-06-01 08:58:00 JST – 2026-06-01 08:59:00 JST",
        "- **診断に使った ID**: `aws: arn:aws:sts::111122223333:assumed-role/Audit/ci`");
  }

  @Test void reviewsAreListed_afterFailures_beforeUnknowns() {
    int fail = md.indexOf("| ✖ 不合格 |");
    int review = md.indexOf("| ! 要確認 |");
    int unknown = md.indexOf("| ? 判定不能 |", md.indexOf("### "));
    assertThat(fail).isPositive().isLessThan(review);
    assertThat(review).isLessThan(unknown);
  }

  @Test void japaneseReport_hasNoEnglishOfItsOwn() {
    String text = md.replaceAll("<[^>]+>", " ").replaceAll("&[a-z]+;", " ").replace("\\", "");
    assertThat(cloudscan.report.fixture.EnglishWords.in(text))
        .isSubsetOf(cloudscan.report.fixture.EnglishWords.ofData(Reports.sample()));
  }
}
