package cloudscan.report.html;

import cloudscan.core.engine.ScanResult;
import cloudscan.report.ReportOptions;
import cloudscan.report.ReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code report.html}: one self-contained page for people, organised by the catalog's
 * requirements. Both languages are embedded; it opens in the chosen one and switches in the page.
 */
public final class HtmlReportWriter implements ReportWriter {

  public static final String FILE = "report.html";

  @Override
  public String format() {
    return "html";
  }

  @Override
  public List<String> files() {
    return List.of(FILE);
  }

  @Override
  public void write(ScanResult result, ReportOptions options, Path dir) throws IOException {
    try (Writer out = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
      Page.write(result, options, out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
