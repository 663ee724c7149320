package cloudscan.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "plain|plain",
      "a,b|\"a,b\"",
      "say \"hi\"|\"say \"\"hi\"\"\"",
      "日本語|日本語",
      "''|''",
  })
  void quote_followsRfc4180(String in, String out) {
    assertThat(CsvTable.quote(in)).isEqualTo(out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"line1\nline2", "cr\rhere", "crlf\r\n"})
  void quote_wrapsLineBreaks(String in) {
    assertThat(CsvTable.quote(in)).startsWith("\"").endsWith("\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "＝1+1", "－cmd", "＠SUM(A1)", "-2+3", "=HYPERLINK(\"x\")"})
  void defuse_prefixesFormulaStarters(String in) {
    assertThat(CsvTable.defuse(in)).isEqualTo("'" + in);
  }

  @ParameterizedTest
  @ValueSource(strings = {"i-0123", "arn:aws:s3:::b", "１（１）", "a=b"})
  void defuse_leavesOrdinaryText(String in) {
    assertThat(CsvTable.defuse(in)).isEqualTo(in);
  }

  @ParameterizedTest
  @ValueSource(strings = {"012345678901", "3.10", "1.1", "2026-12-31", "12:30", "1/2", "1e5", "(123)", "-5", "１２３", "50%"})
  void textCell_keepsNumberLikeTextAsText(String in) {
    assertThat(CsvTable.textCell(in)).isEqualTo("=\"" + in + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"i-0123", "arn:aws:s3:::b", "１（１）", "sub-1", "0.0.0.0/0 open", "us-east-1"})
  void textCell_leavesOtherTextAlone(String in) {
    assertThat(CsvTable.textCell(in)).isEqualTo(in);
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "@SUM(A1)", "+cmd", "-2+3"})
  void textCell_defusesFormulas(String in) {
    assertThat(CsvTable.textCell(in)).isEqualTo("'" + in);
  }
}
