package cloudscan.report.scale;

import cloudscan.core.check.Lang;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.fact.Located;
import cloudscan.report.ReportOptions;
import cloudscan.report.ReportWriter;
import cloudscan.report.ReportWriters;
import cloudscan.report.fixture.FakeChecks;
import cloudscan.report.fixture.SampleResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM with a small heap by {@link ReportScaleTest}: judges one resource that a
 * check reports N times (one in ten failing), then writes every format into a directory.
 */
public final class LargeReport {

  private LargeReport() { }

  public static ScanResult result(int n) {
    return SampleResult.judge(List.of(FakeChecks.bulk(n)),
        Located.regional(SampleResult.resource("ap-northeast-1", "bulk", "db-1")));
  }

  /** Writes every format; a format that runs out of memory is named, and the others still run. */
  public static void main(String[] args) throws IOException {
    ScanResult result = result(Integer.parseInt(args[0]));
    List<String> failed = new ArrayList<>();
    for (ReportWriter w : ReportWriters.all()) {
      try {
        w.write(result, new ReportOptions(Lang.JA), Path.of(args[1]));
      } catch (OutOfMemoryError e) {
        failed.add(w.format());
      }
    }
    System.out.println("out of memory: " + failed);
    System.exit(failed.isEmpty() ? 0 : 1);
  }
}
