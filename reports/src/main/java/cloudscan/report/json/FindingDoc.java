package cloudscan.report.json;

import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.Finding;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.waiver.Waiver;
import cloudscan.report.Times;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One check's verdict on one resource. Severity and requirement IDs come from the check's spec.
 *
 * @param baseline how an open finding compares with the baseline ({@code --baseline}); left out
 *                 when there is no baseline, and for PASS and WAIVED findings
 */
record FindingDoc(String checkId, Status status, Severity severity, ResourceDoc resource,
    List<String> requirements, Bi message, @Nullable WaiverDoc waiver,
    @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) Baseline.Mark baseline,
    @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) String name,
    @Nullable @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> tags) {

  static FindingDoc of(Finding f, CheckSpec spec, Baseline b) {
    return new FindingDoc(f.checkId(), f.status(), spec.severity(), ResourceDoc.of(f.resource()),
        spec.requirements().stream().map(Object::toString).toList(), Bi.of(f.message()),
        f.waiver() == null ? null : WaiverDoc.of(f.waiver()), b == null ? null : b.mark(f), f.name(),
        f.tags().isEmpty() ? null : new java.util.TreeMap<>(f.tags()));
  }

  /** A finding of the baseline that is gone now, as it was then. */
  static FindingDoc of(Baseline.Resolved r) {
    Finding f = r.finding();
    return new FindingDoc(f.checkId(), f.status(), r.severity(), ResourceDoc.of(f.resource()),
        r.requirements().stream().map(Object::toString).toList(), Bi.of(f.message()), null, null, f.name(),
        f.tags().isEmpty() ? null : new java.util.TreeMap<>(f.tags()));
  }

  record ResourceDoc(String cloud, String account, String location, String type, String id) {
    static ResourceDoc of(ResourceRef r) {
      return new ResourceDoc(r.cloud().id(), r.account(), r.location(), r.type(), r.id());
    }
  }

  /** The city's approval on record: who approved it, why, and until when. */
  record WaiverDoc(String checkId, @Nullable String resourcePattern, @Nullable String account,
      @Nullable String location, Waiver.Category category, @Nullable String reason,
      @Nullable String approvedBy, @Nullable String approvedOn, @Nullable String reference,
      @Nullable String expires, @Nullable String source) {

    static WaiverDoc of(Waiver w) {
      return new WaiverDoc(w.checkId(), w.resourcePattern(), w.account(), w.location(),
          w.category(), w.reason(), w.approvedBy(), Times.iso(w.approvedOn()), w.reference(),
          Times.iso(w.expires()), w.source());
    }
  }
}
