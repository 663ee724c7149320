package cloudscan.report.json;

import cloudscan.core.fact.Scope;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.GapKind;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.core.snapshot.SnapshotHeader;
import cloudscan.report.Times;
import java.util.List;
import java.util.Map;

/** What was collected, by whom, when and where: the evidence header of the report. */
record SnapshotDoc(int formatVersion, @Nullable String toolVersion, @Nullable String createdAt,
    List<RunDoc> runs) {

  static SnapshotDoc of(SnapshotHeader h) {
    return new SnapshotDoc(h.formatVersion(), h.toolVersion(), Times.iso(h.createdAt()),
        h.runs().stream().map(RunDoc::of).toList());
  }

  record RunDoc(String provider, @Nullable String identity, @Nullable String startedAt,
      @Nullable String finishedAt,
      List<ScopeDoc> scopes, List<SkippedDoc> skipped, Map<String, Long> apiCalls,
      long apiCallsTotal) {

    static RunDoc of(ProviderRun r) {
      return new RunDoc(r.provider(), r.identity(), Times.iso(r.startedAt()),
          Times.iso(r.finishedAt()), r.scopes().stream().map(ScopeDoc::of).toList(),
          r.skipped().stream().map(SkippedDoc::of).toList(), r.apiCalls(), r.totalApiCalls());
    }
  }

  record ScopeDoc(String cloud, String account, String location) {
    static ScopeDoc of(Scope s) {
      return new ScopeDoc(s.cloud().id(), s.account(), s.location());
    }
  }

  record SkippedDoc(@Nullable String account, @Nullable String location, @Nullable String reason) {
    static SkippedDoc of(SkippedLocation s) {
      return new SkippedDoc(s.account(), s.location(), s.reason());
    }
  }

  /** A collection step that could not look: never the same as "found nothing". */
  record GapDoc(ScopeDoc scope, String service, @Nullable String operation, GapKind kind, String message,
      List<String> factKinds) {

    static GapDoc of(Gap g) {
      return new GapDoc(ScopeDoc.of(g.scope()), g.service(), g.operation(), g.kind(), g.message(),
          g.factKinds());
    }
  }
}
