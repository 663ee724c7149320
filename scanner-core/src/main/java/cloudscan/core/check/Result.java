package cloudscan.core.check;

import cloudscan.core.fact.ResourceRef;
import java.util.Objects;

/**
 * A check's verdict on one resource (or one scope, for account-wide checks).
 *
 * @param message what was found, in both languages; for PASS a short confirmation
 */
public record Result(ResourceRef resource, Status status, Text message) {

  public Result {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
  }

  public static Result pass(ResourceRef resource, Text message) {
    return new Result(resource, Status.PASS, message);
  }

  public static Result pass(ResourceRef resource) {
    return new Result(resource, Status.PASS, Text.of("適合", "compliant"));
  }

  public static Result fail(ResourceRef resource, Text message) {
    return new Result(resource, Status.FAIL, message);
  }

  public static Result warn(ResourceRef resource, Text message) {
    return new Result(resource, Status.WARN, message);
  }

  public static Result unknown(ResourceRef resource, Text message) {
    return new Result(resource, Status.UNKNOWN, message);
  }

  /** PASS or FAIL depending on {@code ok}, with the matching message. */
  public static Result judge(ResourceRef resource, boolean ok, Text passMessage, Text failMessage) {
    return ok ? pass(resource, passMessage) : fail(resource, failMessage);
  }
}
