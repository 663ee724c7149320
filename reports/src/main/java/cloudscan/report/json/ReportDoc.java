package cloudscan.report.json;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.check.Status;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.engine.Settings;
import cloudscan.report.ResultIndex;
import cloudscan.report.Times;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * The whole {@code report.json} document. Its shape is published as
 * {@code cloudscan/report/result.schema.json}; these records are the only place it is defined in
 * code, and they copy from the core model rather than expose it, so a core refactoring cannot
 * silently change the public format. {@link ResultReader} reads it back.
 *
 * @param unmappedFindings findings of checks that serve no requirement of the catalog (a custom
 *                         catalog with fewer items); the summary counts them too. Left out when
 *                         there are none
 * @param resolved open findings of the baseline that are gone now; left out without a baseline
 * @param settings how the result was judged (thresholds, excluded checks, system name); left out
 *                 in results that did not record it
 * @param notAssessed open findings of the baseline that this run could not judge (not resolved);
 *                    left out when there are none
 */
record ReportDoc(int schemaVersion, ToolDoc tool, CatalogDoc catalog, String evaluatedAt,
    SnapshotDoc snapshot, SummaryDoc summary, List<RequirementDoc> requirements,
    List<CheckDoc> checks, List<SnapshotDoc.GapDoc> gaps, List<FindingDoc.WaiverDoc> expiredWaivers,
    @Nullable @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FindingDoc> unmappedFindings,
    @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) List<FindingDoc> resolved,
    @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) SettingsDoc settings,
    @Nullable @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FindingDoc> notAssessed) {

  /** Bumped on any incompatible change to the document; additive changes keep it. */
  static final int SCHEMA_VERSION = 1;

  record ToolDoc(String name, @Nullable String version) { }

  record CatalogDoc(String id, Bi title, @Nullable Bi issuer, @Nullable String source) {
    static CatalogDoc of(Catalog c) {
      return new CatalogDoc(c.id(), Bi.of(c.title()), Bi.of(c.issuer()), c.source());
    }
  }

  /**
   * @param findings each finding once, however many requirements its check serves; a check that
   *                 could not run counts as one UNKNOWN
   * @param baseline the comparison with the baseline; left out without one
   */
  record SummaryDoc(Map<RequirementStatus, Long> requirements, Map<Status, Long> findings,
      int checks, long checkErrors,
      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) BaselineDoc baseline) { }

  /** Open findings that are new or unchanged since the baseline, and those resolved. */
  record BaselineDoc(@JsonProperty("new") long added, long unchanged, long resolved) {
    static BaselineDoc of(ScanResult r) {
      Baseline b = r.baseline();
      return new BaselineDoc(b.count(r, Baseline.Mark.NEW), b.count(r, Baseline.Mark.UNCHANGED),
          b.resolved().size());
    }
  }

  /**
   * The yardstick: every threshold in effect with the catalog's value and where it came from,
   * the check selection and the checks it left out, and {@code --system-name}.
   */
  record SettingsDoc(List<ThresholdDoc> thresholds, List<String> selection, List<String> excludedChecks,
      @Nullable String systemName) {
    static SettingsDoc of(Settings s) {
      boolean none = s.thresholds().isEmpty() && s.selection().isEmpty() && s.excludedChecks().isEmpty()
          && s.systemName() == null;
      return none ? null : new SettingsDoc(
          s.thresholds().stream().map(t -> new ThresholdDoc(t.name(), t.value(), t.catalogValue(), t.source()))
              .toList(), s.selection(), s.excludedChecks(), s.systemName());
    }
  }

  record ThresholdDoc(String name, String value, String catalogValue, Settings.Source source) { }

  private static List<CheckOutcome> unmappedChecks(ScanResult result) {
    Set<String> mapped = new HashSet<>();
    result.requirements().forEach(r -> mapped.addAll(r.checkIds()));
    return result.checks().stream().filter(o -> !mapped.contains(o.spec().id())).toList();
  }

  static ReportDoc of(ScanResult result) {
    return of(result, () -> { });
  }

  /**
   * The document; its finding lists are made as they are written ({@link LazyList}), and
   * {@code perFinding} runs for each finding record made (the writer's progress).
   */
  static ReportDoc of(ScanResult result, Runnable perFinding) {
    ResultIndex index = new ResultIndex(result);
    Baseline b = result.baseline();
    SummaryDoc summary = new SummaryDoc(index.requirementCounts(), index.findingCounts(),
        result.checks().size(), result.checks().stream().filter(c -> c.error() != null).count(),
        b == null ? null : BaselineDoc.of(result));
    return new ReportDoc(SCHEMA_VERSION,
        new ToolDoc("cloudscan", result.snapshot().toolVersion()),
        CatalogDoc.of(result.catalog()),
        Times.iso(result.evaluatedAt()),
        SnapshotDoc.of(result.snapshot(), result.settings().snapshotSha256()),
        summary,
        LazyList.map(result.requirements(), r -> RequirementDoc.of(r, index, perFinding)),
        LazyList.map(result.checks(), CheckDoc::of),
        LazyList.map(result.gaps(), SnapshotDoc.GapDoc::of),
        LazyList.map(result.expiredWaivers(), FindingDoc.WaiverDoc::of),
        LazyList.findings(unmappedChecks(result), (o, f) -> {
          perFinding.run();
          return FindingDoc.of(f, o.spec(), b);
        }),
        b == null ? null : LazyList.map(b.resolved(), r -> {
          perFinding.run();
          return FindingDoc.of(r);
        }),
        SettingsDoc.of(result.settings()),
        b == null ? null : LazyList.map(b.notAssessed(), r -> {
          perFinding.run();
          return FindingDoc.of(r);
        }));
  }

  /** How many finding records {@link #of(ScanResult, Runnable)} makes: the writer's progress total. */
  static long findingRecords(ScanResult result) {
    ResultIndex index = new ResultIndex(result);
    long n = 0;
    for (var r : result.requirements()) {
      n += index.checksOf(r).stream().mapToLong(o -> o.findings().size()).sum();
    }
    n += unmappedChecks(result).stream().mapToLong(o -> o.findings().size()).sum();
    return n + (result.baseline() == null ? 0
        : result.baseline().resolved().size() + result.baseline().notAssessed().size());
  }
}
