package cloudscan.report.json;

import cloudscan.core.catalog.AssessmentKind;
import cloudscan.core.catalog.Requirement;
import cloudscan.core.check.Status;
import cloudscan.core.engine.AttestationState;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.waiver.Attestation;
import cloudscan.report.ResultIndex;
import cloudscan.report.Times;
import java.util.List;
import java.util.Map;

/** One requirement's roll-up with the findings of every check mapped to it. */
record RequirementDoc(String id, String label, int section, Bi title, AssessmentKind assessment,
    boolean advisory, RequirementStatus status, List<String> checks, AttestationDoc attestation,
    Map<Status, Long> counts, List<FindingDoc> findings) {

  /** @param perFinding runs for each finding record made, as it is written */
  static RequirementDoc of(RequirementResult r, ResultIndex index, Runnable perFinding) {
    Requirement req = r.requirement();
    List<FindingDoc> findings = LazyList.findings(index.checksOf(r), (o, f) -> {
      perFinding.run();
      return FindingDoc.of(f, o.spec(), index.result().baseline());
    });
    return new RequirementDoc(req.id().value(), ResultIndex.label(req), req.section(),
        Bi.of(req.text()), req.assessment(), req.advisory(), r.status(), r.checkIds(),
        AttestationDoc.of(r.attestationState(), r.attestation()), index.findingCounts(r), findings);
  }

  /** The attestation state, and the attestation considered (valid or expired) if there is one. */
  record AttestationDoc(AttestationState state, @Nullable String statement,
      @Nullable String attestedBy, @Nullable String attestedOn, @Nullable String validUntil,
      @Nullable String source, List<EvidenceDoc> evidence) {

    static AttestationDoc of(AttestationState state, Attestation a) {
      if (a == null) {
        return new AttestationDoc(state, null, null, null, null, null, List.of());
      }
      return new AttestationDoc(state, a.statement(), a.attestedBy(), Times.iso(a.attestedOn()),
          Times.iso(a.validUntil()), a.source(),
          a.evidence().stream().map(e -> new EvidenceDoc(e.description(), e.reference())).toList());
    }
  }

  record EvidenceDoc(@Nullable String description, @Nullable String reference) { }
}
