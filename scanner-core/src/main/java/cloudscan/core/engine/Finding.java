package cloudscan.core.engine;

import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.waiver.Waiver;

/**
 * One check's verdict on one resource, as reported.
 *
 * @param waiver the waiver that turned a FAIL into WAIVED, or null
 */
public record Finding(String checkId, ResourceRef resource, Status status, Text message,
    Waiver waiver) {

  public Finding withWaiver(Waiver w) {
    return new Finding(checkId, resource, Status.WAIVED, message, w);
  }
}
