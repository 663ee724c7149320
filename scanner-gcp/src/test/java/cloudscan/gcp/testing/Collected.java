package cloudscan.gcp.testing;

import cloudscan.testkit.RecordingSink;

/** What a collector emitted in a test; {@code one(kind, end)} finds the fact whose resource ID ends with it. */
public final class Collected extends RecordingSink {

  @Override
  protected boolean identifies(String resourceId, String end) {
    return resourceId.endsWith(end);
  }
}
