package cloudscan.azure.collect;

/**
 * A read the scanner cannot make in this cloud as configured (the Key Vault data plane of a custom
 * Resource Manager endpoint whose DNS suffix is not given): an UNSUPPORTED gap, nothing sent.
 */
public final class NotOfferedHere extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotOfferedHere(String message) {
    super(message);
  }
}
