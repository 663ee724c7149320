package cloudscan.aws.collect;

import java.util.Arrays;
import java.util.Optional;

/**
 * A marker attached (as a suppressed exception) to an SDK exception by {@link CallCounter}: the
 * {@code service:Operation} that failed. The SDK's exceptions do not carry the operation name, and
 * wrapping them would hide their type from collectors that test for "not configured" answers.
 */
final class FailedOperation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  FailedOperation(String operation) {
    super(operation, null, false, false);
  }

  String operation() {
    return getMessage();
  }

  /** The operation recorded on {@code error} or any of its causes. */
  static Optional<String> find(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      Optional<String> op = Arrays.stream(t.getSuppressed())
          .filter(FailedOperation.class::isInstance)
          .map(s -> ((FailedOperation) s).operation())
          .findFirst();
      if (op.isPresent()) {
        return op;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
