package cloudscan.core.engine;

import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.waiver.Waiver;
import java.util.Map;

/**
 * One check's verdict on one resource, as reported.
 *
 * @param waiver the waiver that turned a FAIL into WAIVED, or null
 * @param name   the resource's human name (Name tag, group name, key alias), or null; shown next
 *               to the ID, never part of the finding's identity
 * @param tags   the resource's tags as collected (empty when none or not read)
 */
public record Finding(String checkId, ResourceRef resource, Status status, Text message,
    Waiver waiver, String name, Map<String, String> tags) {

  public Finding {
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }

  public Finding(String checkId, ResourceRef resource, Status status, Text message, Waiver waiver) {
    this(checkId, resource, status, message, waiver, null, Map.of());
  }

  public Finding withWaiver(Waiver w) {
    return new Finding(checkId, resource, Status.WAIVED, message, w, name, tags);
  }

  public Finding withLabel(String n, Map<String, String> t) {
    return new Finding(checkId, resource, status, message, waiver, n, t);
  }
}
