package cloudscan.report.json;

import cloudscan.core.engine.ScanResult;
import cloudscan.report.ProgressCounter;
import cloudscan.report.ReportOptions;
import cloudscan.report.ReportWriter;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code report.json}: the full result for machines, both languages included (the language option
 * does not apply). Shape: {@code cloudscan/report/result.schema.json}.
 *
 * <p>Written as a stream: the document's finding lists are made one record at a time as Jackson's
 * generator writes them, so memory does not grow with the number of findings.
 */
public final class JsonReportWriter implements ReportWriter {

  public static final String FILE = "report.json";

  /** Where the published schema sits on the class path. */
  public static final String SCHEMA_RESOURCE = "cloudscan/report/result.schema.json";

  /** The mapper that writes (and, for comparison, re-derives) the document. */
  static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();

  @Override
  public String format() {
    return "json";
  }

  @Override
  public List<String> files() {
    return List.of(FILE);
  }

  @Override
  public void write(ScanResult result, ReportOptions options, Path dir) throws IOException {
    ProgressCounter progress = new ProgressCounter(options, FILE, ReportDoc.findingRecords(result));
    try (OutputStream out = Files.newOutputStream(dir.resolve(FILE))) {
      WRITER.writeValue(out, ReportDoc.of(result, progress::step));
    }
    progress.end();
  }
}
