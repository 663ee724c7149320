package cloudscan.gcp.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one read and names it: a failure is rethrown as a {@link GcpCallException} carrying the
 * permission the read needs, so a gap says which permission (or API) is missing. Lists are read
 * to the end inside the call (every page, through {@code nextPageToken}), so a failure on a later
 * page is named too.
 */
public final class GcpCall {

  private GcpCall() { }

  public static <T> List<T> list(String permission, Supplier<? extends Iterable<T>> pages) {
    try {
      List<T> out = new ArrayList<>();
      pages.get().forEach(out::add);
      return out;
    } catch (RuntimeException e) {
      throw named(permission, e);
    }
  }

  public static <T> T get(String permission, Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      throw named(permission, e);
    }
  }

  private static RuntimeException named(String permission, RuntimeException e) {
    return e instanceof GcpCallException || e instanceof ReadOnlyViolation ? e : new GcpCallException(permission, e);
  }

  /** A failed read and the permission it needed. */
  public static final class GcpCallException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String permission;

    GcpCallException(String permission, Throwable cause) {
      super(permission + ": " + cause.getMessage(), cause);
      this.permission = permission;
    }

    public String permission() {
      return permission;
    }
  }
}
