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

  /** In force on {@code day}: attested on or before it and not past {@code validUntil}. */
  public boolean validOn(LocalDate day) {
    return !day.isBefore(attestedOn) && !day.isAfter(validUntil);
  }

  /** Dated after {@code day}: a statement about the future is not evidence yet. */
  public boolean notYetValidOn(LocalDate day) {
    return day.isBefore(attestedOn);
  }
}
