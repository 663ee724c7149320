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
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx"})
  void defuse_prefixesFormulaStarters(String in) {
    assertThat(CsvTable.defuse(in)).isEqualTo("'" + in);
  }

  @ParameterizedTest
  @ValueSource(strings = {"i-0123", "arn:aws:s3:::b", "１（１）", "a=b"})
  void defuse_leavesOrdinaryText(String in) {
    assertThat(CsvTable.defuse(in)).isEqualTo(in);
  }
}
