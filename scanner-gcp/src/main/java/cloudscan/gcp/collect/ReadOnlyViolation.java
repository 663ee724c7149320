package cloudscan.gcp.collect;

/** The guard refused a call that is not on the read list; nothing was sent. */
public final class ReadOnlyViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String operation;

  public ReadOnlyViolation(String operation) {
    super("cloudscan is read-only: refused " + operation + " (not on the read list)");
    this.operation = operation;
  }

  public String operation() {
    return operation;
  }
}
