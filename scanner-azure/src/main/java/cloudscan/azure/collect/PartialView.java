package cloudscan.azure.collect;

/**
 * An answer that is complete only for what the identity may read (Resource Graph without
 * {@code *}/read): recorded as an access-denied gap for the operation, naming what to grant.
 */
public final class PartialView extends RuntimeException {

  private final String operation;

  public PartialView(String operation, String message) {
    super(message);
    this.operation = operation;
  }

  public String operation() {
    return operation;
  }
}
