package cloudscan.report.json;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.check.Status;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.engine.ScanResult;
import cloudscan.report.ResultIndex;
import cloudscan.report.Times;
import java.util.List;
import java.util.Map;

/**
 * The whole {@code report.json} document. Its shape is published as
 * {@code cloudscan/report/result.schema.json}; these records are the only place it is defined in
 * code, and they copy from the core model rather than expose it, so a core refactoring cannot
 * silently change the public format.
 */
record ReportDoc(int schemaVersion, ToolDoc tool, CatalogDoc catalog, String evaluatedAt,
    SnapshotDoc snapshot, SummaryDoc summary, List<RequirementDoc> requirements,
    List<CheckDoc> checks, List<SnapshotDoc.GapDoc> gaps, List<FindingDoc.WaiverDoc> expiredWaivers) {

  /** Bumped on any incompatible change to the document; additive changes keep it. */
  static final int SCHEMA_VERSION = 1;

  record ToolDoc(String name, String version) { }

  record CatalogDoc(String id, Bi title, Bi issuer, String source) {
    static CatalogDoc of(Catalog c) {
      return new CatalogDoc(c.id(), Bi.of(c.title()), Bi.of(c.issuer()), c.source());
    }
  }

  /**
   * @param findings each finding once, however many requirements its check serves; a check that
   *                 could not run counts as one UNKNOWN
   */
  record SummaryDoc(Map<RequirementStatus, Long> requirements, Map<Status, Long> findings,
      int checks, long checkErrors) { }

  static ReportDoc of(ScanResult result) {
    ResultIndex index = new ResultIndex(result);
    SummaryDoc summary = new SummaryDoc(index.requirementCounts(), index.findingCounts(),
        result.checks().size(), result.checks().stream().filter(c -> c.error() != null).count());
    return new ReportDoc(SCHEMA_VERSION,
        new ToolDoc("cloudscan", result.snapshot().toolVersion()),
        CatalogDoc.of(result.catalog()),
        Times.iso(result.evaluatedAt()),
        SnapshotDoc.of(result.snapshot()),
        summary,
        result.requirements().stream().map(r -> RequirementDoc.of(r, index)).toList(),
        result.checks().stream().map(CheckDoc::of).toList(),
        result.gaps().stream().map(SnapshotDoc.GapDoc::of).toList(),
        result.expiredWaivers().stream().map(FindingDoc.WaiverDoc::of).toList());
  }
}
