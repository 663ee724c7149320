package cloudscan.cli;

import cloudscan.core.check.Lang;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.engine.ScanResult;
import cloudscan.report.Labels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The short text summary printed after judging. */
final class Summary {

  private Summary() { }

  static void print(PrintWriter out, ScanResult result, List<Path> files, Lang lang) {
    out.println(result.catalog().title().in(lang));
    for (RequirementResult r : result.requirements()) {
      out.printf("  %-5s %-22s %s%n", r.requirement().id(), Labels.code(r),
          shorten(r.requirement().text().in(lang), lang == Lang.JA ? 36 : 70));
    }
    StringBuilder counts = new StringBuilder();
    for (RequirementStatus s : RequirementStatus.values()) {
      long n = result.count(s);
      if (n > 0) {
        counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ').append(s);
      }
    }
    out.println("Requirements: " + counts);
    if (result.baseline() != null) {
      Baseline b = result.baseline();
      out.printf("Since the baseline: %d new, %d unchanged, %d resolved (open findings: FAIL, WARN, UNKNOWN)%n",
          b.count(result, Baseline.Mark.NEW), b.count(result, Baseline.Mark.UNCHANGED), b.resolved().size());
    }
    if (!result.gaps().isEmpty()) {
      out.println("Collection gaps: " + result.gaps().size() + " (see the report; affected checks are UNKNOWN)");
    }
    files.forEach(f -> out.println("wrote " + f));
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
