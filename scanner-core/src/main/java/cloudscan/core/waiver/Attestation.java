package cloudscan.core.waiver;

import cloudscan.core.catalog.RequirementId;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's statement, with evidence, for what no API can show (certificates, contracts,
 * facilities). ATTEST and PARTIAL requirements read "attestation required" until one is valid.
 */
public record Attestation(RequirementId requirement, String statement, List<Evidence> evidence,
    String attestedBy, LocalDate attestedOn, LocalDate validUntil, String source) {

  /** One piece of evidence: a description and a URI or document reference. */
  public record Evidence(String description, String reference) { }

  public Attestation {
    evidence = List.copyOf(evidence);
  }

  public boolean validOn(LocalDate day) {
    return !day.isAfter(validUntil);
  }
}
