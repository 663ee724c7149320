package cloudscan.report;

import cloudscan.core.engine.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one report format. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/cloudscan.report.ReportWriter}); {@link ReportWriters} lists them.
 *
 * <p>A writer only renders: it never judges, filters out or re-rolls a result. It writes its
 * files into {@code dir} (the CLI stages into a temporary directory and moves the files in).
 */
public interface ReportWriter {

  /** The name users pick the format by, e.g. {@code json}, {@code html}. Lowercase, unique. */
  String format();

  /** The file names this writer creates in the directory, e.g. {@code report.json}. */
  default List<String> files() {
    return List.of();
  }

  void write(ScanResult result, ReportOptions options, Path dir) throws IOException;
}
