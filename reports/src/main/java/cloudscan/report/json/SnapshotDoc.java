package cloudscan.report.json;

import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SkipCause;
import cloudscan.core.snapshot.ScannedScope;
import com.fasterxml.jackson.annotation.JsonInclude;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.GapKind;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.core.snapshot.SnapshotHeader;
import cloudscan.report.Times;
import java.util.List;
import java.util.Map;

/**
 * What was collected, by whom, when and where: the evidence header of the report.
 *
 * @param sha256 lower-case hex SHA-256 of the snapshot file judged; left out when unknown
 */
record SnapshotDoc(int formatVersion, @Nullable String toolVersion, @Nullable String createdAt,
    List<RunDoc> runs, @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) String sha256) {

  static SnapshotDoc of(SnapshotHeader h, String sha256) {
    return new SnapshotDoc(h.formatVersion(), h.toolVersion(), Times.iso(h.createdAt()),
        h.runs().stream().map(RunDoc::of).toList(), sha256);
  }

  record RunDoc(String provider, @Nullable String identity, @Nullable String startedAt,
      @Nullable String finishedAt,
      List<ScopeDoc> scopes, List<SkippedDoc> skipped, Map<String, Long> apiCalls,
      long apiCallsTotal) {

    static RunDoc of(ProviderRun r) {
      return new RunDoc(r.provider(), r.identity(), Times.iso(r.startedAt()),
          Times.iso(r.finishedAt()), r.scopes().stream().map(ScopeDoc::scanned).toList(),
          r.skipped().stream().map(SkippedDoc::of).toList(), r.apiCalls(), r.totalApiCalls());
    }
  }

  /**
   * A scope; in a run's list also its level and what was looked for there (absent in results
   * written before snapshot format 2).
   */
  record ScopeDoc(String cloud, String account, String location,
      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) Scope.Level level,
      @Nullable @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> parents,
      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) List<String> lookedFor) {
    static ScopeDoc of(Scope s) {
      return new ScopeDoc(s.cloud().id(), s.account(), s.location(), null, null, null);
    }

    static ScopeDoc scanned(ScannedScope s) {
      return new ScopeDoc(s.cloud().id(), s.account(), s.location(), s.level(), s.parents(), s.lookedFor());
    }
  }

  /** A location not examined; {@code cause} and {@code evidence} are absent in older results. */
  record SkippedDoc(@Nullable String account, @Nullable String location, @Nullable String reason,
      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) SkipCause cause,
      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) String evidence) {
    static SkippedDoc of(SkippedLocation s) {
      return new SkippedDoc(s.account(), s.location(), s.reason(), s.cause(), s.evidence());
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
