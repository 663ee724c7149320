package cloudscan.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Lang;
import cloudscan.core.check.Thresholds;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.engine.Settings;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceRef;
import cloudscan.report.ReportOptions;
import cloudscan.report.fixture.FakeChecks;
import cloudscan.report.fixture.Reports;
import cloudscan.report.fixture.SampleResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportWriterTest {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir static Path ja;
  @TempDir static Path en;

  @BeforeAll static void write() {
    Reports.write(new CsvReportWriter(), Lang.JA, ja);
    Reports.write(new CsvReportWriter(), Lang.EN, en);
  }

  @Test void everyFile_startsWithUtf8Bom() {
    for (String f : new CsvReportWriter().files()) {
      assertThat(Arrays.copyOf(Reports.bytes(ja.resolve(f)), 3)).as(f).isEqualTo(UTF8_BOM);
    }
  }

  @Test void everyFile_isStrictRfc4180WithCrlf() {
    for (String f : new CsvReportWriter().files()) {
      assertThat(records(ja, f)).as(f).isNotEmpty();
    }
  }

  @Test void findingsTable_isWrittenOnce_asReportCsv() {
    assertThat(new CsvReportWriter().files()).containsExactly("report.csv", "requirements.csv", "settings.csv");
    assertThat(ja.resolve("findings.csv")).doesNotExist();
  }

  @Test void settingsCsv_recordsEveryThresholdInEffect_theExcludedChecks_andTheEvidence(@TempDir Path dir)
      throws Exception {
    Thresholds tightened = Thresholds.DEFAULTS.with("patchWindowDays", "5");
    Settings settings = new Settings(
        Settings.thresholds(Thresholds.DEFAULTS, tightened, Map.of("patchWindowDays", Settings.Source.OPTION)),
        List.of("--exclude-checks", "net.flow-logs-off"), List.of("net.flow-logs-off"), "住民票システム（A社）",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    new CsvReportWriter().write(Reports.sample().withSettings(settings), new ReportOptions(Lang.EN), dir);
    List<List<String>> rows = records(dir, "settings.csv");
    assertThat(rows.get(0)).containsExactly("Kind", "Name", "Value", "Catalog value", "Source");
    assertThat(rows).filteredOn(r -> r.get(0).equals("Threshold")).hasSize(Thresholds.names().size())
        // number-like values are written as Excel text (="5"), as every ID is
        .anySatisfy(r -> assertThat(r).containsExactly("Threshold", "patchWindowDays", "=\"5\"", "=\"7\"",
            "command line (--threshold)"))
        .anySatisfy(r -> assertThat(r).containsExactly("Threshold", "logRetentionDays", "=\"365\"", "=\"365\"", "catalog"));
    assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("Excluded check", "net.flow-logs-off"))
        .anySatisfy(r -> assertThat(r).contains("住民票システム（A社）"))
        .anySatisfy(r -> assertThat(r.get(2)).contains("0123456789abcdef"));
  }

  @Test void awkwardResourceId_roundTripsExactly() {
    assertThat(records(ja, "report.csv")).anySatisfy(r -> assertThat(r.get(10)).isEqualTo(SampleResult.AWKWARD_ID));
    assertThat(Reports.read(ja.resolve("report.csv"))).contains("\"データ,\"\"保管\"\"\n第2\"");
  }

  @Test void japanese_isIntact_headersAndValuesInJapanese() {
    List<List<String>> rows = records(ja, "report.csv");
    assertThat(rows.get(0)).containsExactly("要件ID", "項番", "チェックID", "チェック", "重要度", "結果",
        "クラウド", "アカウント", "リージョン", "リソース種別", "リソースID", "リソース名", "内容", "対応",
        "例外承認者", "例外期限");
    assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("高", "不合格")
        .contains("国外のリージョン: us-east-1", "国内リージョンへ移行する"));
  }

  @Test void english_isChosenByOption() {
    List<List<String>> rows = records(en, "report.csv");
    assertThat(rows.get(0)).startsWith("Requirement ID", "Item", "Check ID");
    assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("High", "Fail")
        .contains("outside Japan: us-east-1", "Move it to a Japanese region"));
  }

  @Test void withinACheck_failuresComeFirst_thenWarnings_thenPasses() {
    List<String> statuses = records(en, "report.csv").stream()
        .filter(r -> r.get(2).equals("test.outside-japan")).map(r -> r.get(5)).toList();
    assertThat(statuses).containsExactly("Fail", "Review", "Pass", "Pass");
  }

  @Test void withBaseline_openFindingsAreMarkedNewOrUnchanged(@TempDir Path d) throws Exception {
    new CsvReportWriter().write(SampleResult.withBaseline(), new ReportOptions(Lang.JA), d);
    List<List<String>> rows = records(d, "report.csv");
    int col = rows.get(0).indexOf("前回比");
    assertThat(col).isEqualTo(6);
    assertThat(rows).anySatisfy(r -> assertThat(r).contains("新規", SampleResult.XSS_ID));
    assertThat(rows.stream().map(r -> r.get(col))).contains("継続", "");
    assertThat(records(ja, "report.csv").get(0)).doesNotContain("前回比");
  }

  @Test void numberLikeIds_stayTextInExcel_onTheBytes(@TempDir Path d) throws Exception {
    ScanResult r = SampleResult.judge(FakeChecks.all(),
        Located.regional(ResourceRef.of(Cloud.AWS, "012345678901", "us-east-1", "bucket", "0042")));
    new CsvReportWriter().write(r, new ReportOptions(Lang.JA), d);
    String report = Reports.read(d.resolve("report.csv"));
    // ="…" is text to Excel: the leading zero and the trailing zero of 3.10 survive
    assertThat(report).contains(",\"=\"\"012345678901\"\"\",", ",\"=\"\"0042\"\"\",")
        .startsWith("\uFEFF要件ID,").contains("\r\n\"=\"\"1.1\"\"\",")
        .doesNotContain(",012345678901,");
    assertThat(Reports.read(d.resolve("requirements.csv"))).contains(",\"=\"\"3.10\"\"\",")
        .doesNotContain(",3.10,");
    assertThat(Arrays.copyOf(Reports.bytes(d.resolve("report.csv")), 3)).isEqualTo(UTF8_BOM);
  }

  @Test void formulaLookingName_isDefused() {
    assertThat(records(ja, "report.csv")).anySatisfy(r -> assertThat(r.get(10)).isEqualTo("'=HYPERLINK(\"x\")"));
  }

  @Test void waivedRow_namesApproverAndExpiry() {
    assertThat(records(ja, "report.csv")).anySatisfy(r -> assertThat(r)
        .containsSubsequence("承認済み例外", "i-waived").endsWith(SampleResult.APPROVER, "=\"2026-12-31\""));
  }

  @Test void requirementsCsv_hasAll24InCatalogOrder_withCityLabels() {
    List<List<String>> rows = records(ja, "requirements.csv");
    assertThat(rows).hasSize(25);
    assertThat(rows.get(1)).startsWith("１（１）", "=\"1.1\"");
    assertThat(rows.get(24)).startsWith("３（13）", "=\"3.13\"");
    assertThat(rows.get(24)).contains("NOT_MET", "不適合", "自動判定", "いいえ", "不要");
  }

  @Test void requirementsCsv_countsPerStatus_headersInTheChosenLanguage() {
    List<String> header = records(ja, "requirements.csv").get(0);
    assertThat(header).endsWith("不合格", "要確認", "判定不能", "承認済み例外", "合格");
    List<String> r11 = records(ja, "requirements.csv").get(1);
    assertThat(r11.get(header.indexOf("合格"))).isEqualTo("2");
    assertThat(r11.get(header.indexOf("不合格"))).isEqualTo("1");
    assertThat(r11.get(header.indexOf("要確認"))).isEqualTo("1");
  }

  @Test void requirementsCsv_advisoryRequirement_readsAdvisory(@TempDir Path d) throws Exception {
    ScanResult r = SampleResult.judge(List.of(FakeChecks.singleZone()),
        Located.regional(SampleResult.resource("ap-northeast-1", "zonal-db", "db-1")));
    new CsvReportWriter().write(r, new ReportOptions(Lang.JA), d);
    assertThat(records(d, "requirements.csv")).anySatisfy(row -> assertThat(row)
        .startsWith("３（７）").contains("はい", "NOT_MET (advisory)", "参考（不適合）"));
  }

  private static List<List<String>> records(Path dir, String file) {
    return Rfc4180.parse(Reports.read(dir.resolve(file)).substring(1));
  }

  @Test void japaneseReportCsv_hasNoEnglishOfItsOwn() {
    assertThat(cloudscan.report.fixture.EnglishWords.in(Reports.read(ja.resolve("report.csv"))))
        .isSubsetOf(cloudscan.report.fixture.EnglishWords.ofData(Reports.sample()));
  }
}
