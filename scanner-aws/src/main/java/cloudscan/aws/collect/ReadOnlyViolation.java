package cloudscan.aws.collect;

/** Thrown by {@link ReadOnlyGuard} when code asks for an operation outside {@link ReadOperations}. */
public final class ReadOnlyViolation extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String operation;

  public ReadOnlyViolation(String service, String operation) {
    super("cloudscan is read-only: refused " + service + ":" + operation
        + " before sending (not in ReadOperations)");
    this.operation = service + ":" + operation;
  }

  /** {@code service:Operation}, e.g. {@code ec2:CreateSecurityGroup}. */
  public String operation() {
    return operation;
  }
}
