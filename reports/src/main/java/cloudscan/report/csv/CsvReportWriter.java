package cloudscan.report.csv;

import cloudscan.core.engine.ScanResult;
import cloudscan.report.ReportOptions;
import cloudscan.report.ReportWriter;
import cloudscan.report.ResultIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * CSV for spreadsheets: {@code report.csv} has one row per finding (the CLI's contract name;
 * {@code findings.csv} is the same table under a descriptive name) and {@code requirements.csv}
 * one row per requirement. Headers and messages are in the chosen language.
 */
public final class CsvReportWriter implements ReportWriter {

  public static final String REPORT = "report.csv";
  public static final String FINDINGS = "findings.csv";
  public static final String REQUIREMENTS = "requirements.csv";

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public List<String> files() {
    return List.of(REPORT, FINDINGS, REQUIREMENTS);
  }

  @Override
  public void write(ScanResult result, ReportOptions options, Path dir) throws IOException {
    ResultIndex index = new ResultIndex(result);
    CsvTable findings = FindingsCsv.of(index, options.lang());
    findings.writeTo(dir.resolve(REPORT));
    findings.writeTo(dir.resolve(FINDINGS));
    RequirementsCsv.of(index, options.lang()).writeTo(dir.resolve(REQUIREMENTS));
  }
}
