package cloudscan.azure.collect;

/** A request the read-only guard refused before it was sent. */
public final class ReadOnlyViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;

  public ReadOnlyViolation(String method, String path) {
    super("cloudscan is read-only: refused " + method + " " + path
        + " (not on the read list) before it was sent");
    this.method = method;
    this.path = path;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }
}
