package cloudscan.report.csv;

import cloudscan.core.engine.ScanResult;
import cloudscan.report.ProgressCounter;
import cloudscan.report.ReportOptions;
import cloudscan.report.ReportWriter;
import cloudscan.report.ResultIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * CSV for spreadsheets, written row by row: {@code report.csv} has one row per finding,
 * {@code requirements.csv} one row per requirement, and {@code settings.csv} what they were judged
 * with (thresholds in effect, excluded checks, system name, snapshot SHA-256). Headers and values are in the chosen
 * language; see {@link CsvTable} for what keeps Excel from mangling IDs or running formulas.
 */
public final class CsvReportWriter implements ReportWriter {

  public static final String REPORT = "report.csv";
  public static final String REQUIREMENTS = "requirements.csv";
  public static final String SETTINGS = "settings.csv";

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public List<String> files() {
    return List.of(REPORT, REQUIREMENTS, SETTINGS);
  }

  @Override
  public void write(ScanResult result, ReportOptions options, Path dir) throws IOException {
    ResultIndex index = new ResultIndex(result);
    try {
      ProgressCounter progress = new ProgressCounter(options, REPORT, FindingsCsv.rows(index));
      FindingsCsv.write(index, options.lang(), dir.resolve(REPORT), progress);
      progress.end();
      RequirementsCsv.write(index, options.lang(), dir.resolve(REQUIREMENTS));
      SettingsCsv.write(result, options.lang(), dir.resolve(SETTINGS));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
