package cloudscan.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Lang;
import cloudscan.report.fixture.Reports;
import cloudscan.report.fixture.SampleResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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

  @Test void reportCsv_isTheFindingsTable() {
    assertThat(Reports.read(ja.resolve("report.csv"))).isEqualTo(Reports.read(ja.resolve("findings.csv")));
  }

  @Test void awkwardResourceId_roundTripsExactly() {
    assertThat(records(ja, "report.csv")).anySatisfy(r -> assertThat(r.get(10)).isEqualTo(SampleResult.AWKWARD_ID));
    assertThat(Reports.read(ja.resolve("report.csv"))).contains("\"データ,\"\"保管\"\"\n第2\"");
  }

  @Test void japanese_isIntact() {
    List<List<String>> rows = records(ja, "report.csv");
    assertThat(rows.get(0)).startsWith("要件ID", "項番", "チェックID");
    assertThat(rows).anySatisfy(r -> assertThat(r.get(11)).isEqualTo("国外のリージョン: us-east-1"));
  }

  @Test void english_isChosenByOption() {
    List<List<String>> rows = records(en, "report.csv");
    assertThat(rows.get(0)).startsWith("Requirement ID", "Item", "Check ID");
    assertThat(rows).anySatisfy(r -> assertThat(r.get(11)).isEqualTo("outside Japan: us-east-1"));
  }

  @Test void formulaLookingName_isDefused() {
    assertThat(records(ja, "report.csv")).anySatisfy(r -> assertThat(r.get(10)).isEqualTo("'=HYPERLINK(\"x\")"));
  }

  @Test void waivedRow_namesApproverAndExpiry() {
    assertThat(records(ja, "report.csv")).anySatisfy(r -> assertThat(r)
        .containsSubsequence("WAIVED", "i-waived").endsWith(SampleResult.APPROVER, "2026-12-31"));
  }

  @Test void requirementsCsv_hasAll24InCatalogOrder_withCityLabels() {
    List<List<String>> rows = records(ja, "requirements.csv");
    assertThat(rows).hasSize(25);
    assertThat(rows.get(1)).startsWith("１（１）", "1.1");
    assertThat(rows.get(24)).startsWith("３（13）", "3.13");
    assertThat(rows.get(24)).contains("NOT_MET", "不適合");
  }

  @Test void requirementsCsv_countsPassFailUnknown() {
    List<String> header = records(en, "requirements.csv").get(0);
    List<String> r11 = records(en, "requirements.csv").get(1);
    assertThat(r11.get(header.indexOf("PASS"))).isEqualTo("2");
    assertThat(r11.get(header.indexOf("FAIL"))).isEqualTo("1");
    assertThat(r11.get(header.indexOf("WARN"))).isEqualTo("1");
  }

  private static List<List<String>> records(Path dir, String file) {
    return Rfc4180.parse(Reports.read(dir.resolve(file)).substring(1));
  }
}
