package cloudscan.report.json;

import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.engine.Finding;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.waiver.Waiver;
import cloudscan.report.Times;
import java.util.List;

/** One check's verdict on one resource. Severity and requirement IDs come from the check's spec. */
record FindingDoc(String checkId, Status status, Severity severity, ResourceDoc resource,
    List<String> requirements, Bi message, WaiverDoc waiver) {

  static FindingDoc of(Finding f, CheckSpec spec) {
    return new FindingDoc(f.checkId(), f.status(), spec.severity(), ResourceDoc.of(f.resource()),
        spec.requirements().stream().map(Object::toString).toList(), Bi.of(f.message()),
        f.waiver() == null ? null : WaiverDoc.of(f.waiver()));
  }

  record ResourceDoc(String cloud, String account, String location, String type, String id) {
    static ResourceDoc of(ResourceRef r) {
      return new ResourceDoc(r.cloud().id(), r.account(), r.location(), r.type(), r.id());
    }
  }

  /** The city's approval on record: who approved it, why, and until when. */
  record WaiverDoc(String checkId, String resourcePattern, String account, String location,
      Waiver.Category category, String reason, String approvedBy, String approvedOn,
      String reference, String expires, String source) {

    static WaiverDoc of(Waiver w) {
      return new WaiverDoc(w.checkId(), w.resourcePattern(), w.account(), w.location(),
          w.category(), w.reason(), w.approvedBy(), Times.iso(w.approvedOn()), w.reference(),
          Times.iso(w.expires()), w.source());
    }
  }
}
