package cloudscan.report.scale;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.report.ReportWriter;
import cloudscan.report.ReportWriters;
import cloudscan.report.html.HtmlReportWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format is written as a stream: 200,000 findings (400,000 rows, as the check serves two
 * requirements) are written in a JVM with a 40 MB heap. Writers that built the whole document in
 * memory first (a tree, a list of rows, one string) ran out of memory here. The big files go to
 * {@code /dev/null} through symbolic links; the HTML page is kept and must stay small.
 */
class ReportScaleTest {

  private static final int FINDINGS = 200_000;

  @TempDir Path dir;

  @Test
  @Timeout(120)
  void twoHundredThousandFindings_writeInFortyMegabytes_htmlStaysSmall() throws Exception {
    Path devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(Files.isWritable(devNull), "needs /dev/null to discard the large files");
    for (ReportWriter w : ReportWriters.all()) {
      for (String f : w.files()) {
        if (!f.equals(HtmlReportWriter.FILE)) {
          Files.createSymbolicLink(dir.resolve(f), devNull);
        }
      }
    }
    Path log = dir.resolve("child.log");
    Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx40m",
        "-cp", System.getProperty("java.class.path"), LargeReport.class.getName(),
        Integer.toString(FINDINGS), dir.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(110, TimeUnit.SECONDS)).as("finished in time").isTrue();
    assertThat(read(log)).contains("out of memory: []");
    assertThat(p.exitValue()).isZero();

    Path html = dir.resolve(HtmlReportWriter.FILE);
    assertThat(Files.size(html)).as("one check's 200,000 findings do not make the page large")
        .isLessThan(400_000);
    assertThat(read(html)).contains("ほか 19900 件はここには表示していません", "合格したリソース（180000件）");
    for (ReportWriter w : ReportWriters.all()) {
      for (String f : w.files()) {
        Files.deleteIfExists(dir.resolve(f));
      }
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
