package cloudscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportWritersTest {

  @Test void serviceLoader_findsEveryFormat() {
    assertThat(ReportWriters.formats()).contains("json", "csv", "html", "sarif", "junit", "markdown");
  }

  @Test void formatNames_areUniqueAndLowercase() {
    assertThat(ReportWriters.formats()).doesNotHaveDuplicates()
        .allSatisfy(f -> assertThat(f).matches("[a-z0-9-]+"));
  }

  @Test void byFormat_isCaseInsensitive_andEmptyForUnknown() {
    assertThat(ReportWriters.byFormat("JSON")).isPresent();
    assertThat(ReportWriters.byFormat("pdf")).isEmpty();
  }

  @Test void everyWriter_namesItsFiles() {
    assertThat(ReportWriters.all()).allSatisfy(w -> assertThat(w.files()).isNotEmpty());
  }
}
