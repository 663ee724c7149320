package cloudscan.core.engine;

import cloudscan.core.catalog.Requirement;
import cloudscan.core.waiver.Attestation;
import java.util.List;

/**
 * The roll-up of one requirement.
 *
 * @param checkIds    checks mapped to it, in registry order
 * @param attestation the attestation considered (valid or expired), or null
 */
public record RequirementResult(Requirement requirement, RequirementStatus status,
    List<String> checkIds, AttestationState attestationState, Attestation attestation) {

  public RequirementResult {
    checkIds = List.copyOf(checkIds);
  }
}
