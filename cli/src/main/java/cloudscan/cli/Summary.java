package cloudscan.cli;

import cloudscan.core.check.Lang;
import cloudscan.core.check.Status;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Finding;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.fact.ResourceRef;
import cloudscan.report.Labels;
import java.io.PrintWriter;
import java.util.Set;

/** The short text summary printed after judging. */
final class Summary {

  private Summary() { }

  /**
   * @param listed finding statuses to list one by one ({@code --status}); empty for none
   * @param quiet  {@code --quiet}: only the listed findings
   */
  static void print(PrintWriter out, ScanResult result, ReportOutput.Written files, Lang lang,
      Set<Status> listed, boolean quiet) {
    if (!quiet) {
      requirements(out, result, lang);
    }
    if (!listed.isEmpty()) {
      findings(out, result, lang, listed);
    }
    if (quiet) {
      return;
    }
    if (!result.settings().excludedChecks().isEmpty()) {
      out.println("Checks excluded (" + String.join(" ", result.settings().selection()) + "): "
          + String.join(", ", result.settings().excludedChecks()));
    }
    if (!result.gaps().isEmpty()) {
      out.println("Collection gaps: " + result.gaps().size() + " (see the report; affected checks are UNKNOWN)");
    }
    files.files().forEach(f -> out.println("wrote " + f));
    files.removed().forEach(f -> out.println("removed " + f + " (a report of a format not written this run)"));
  }

  private static void requirements(PrintWriter out, ScanResult result, Lang lang) {
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
      out.printf("Since the baseline: %d new, %d unchanged, %d resolved%s (open findings: FAIL, WARN, UNKNOWN)%n",
          b.count(result, Baseline.Mark.NEW), b.count(result, Baseline.Mark.UNCHANGED), b.resolved().size(),
          b.notAssessed().isEmpty() ? "" : ", " + b.notAssessed().size() + " not assessed now (not resolved)");
    }
  }

  private static void findings(PrintWriter out, ScanResult result, Lang lang, Set<Status> listed) {
    long n = 0;
    for (CheckOutcome o : result.checks()) {
      for (Finding f : o.findings()) {
        if (listed.contains(f.status())) {
          ResourceRef r = f.resource();
          out.printf("  %-7s %-8s %-36s %s/%s/%s %s  %s%n", f.status(), o.spec().severity(), f.checkId(),
              r.cloud().id(), r.account(), r.location(), oneLine(r.id()), oneLine(f.message().in(lang)));
          n++;
        }
      }
    }
    out.println("Findings listed (" + String.join(",", listed.stream().map(Enum::name).toList()) + "): " + n);
  }

  /** Resource names come from the cloud: keep each finding on one line of the terminal. */
  static String oneLine(String s) {
    return s.replaceAll("\\p{Cntrl}", " ");
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
