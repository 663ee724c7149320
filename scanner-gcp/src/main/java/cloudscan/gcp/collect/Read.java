package cloudscan.gcp.collect;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One read the scanner may make: the API (endpoint key), the method as the client names it (a
 * GAPIC full method name such as {@code google.cloud.compute.v1.Firewalls/List}, or
 * {@code rest:<api>.<call>} for reads made over the REST surface directly), the HTTP method and
 * path template, and the IAM permission it needs.
 */
public record Read(String api, String method, String http, String path, String permission) {

  public Read {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(permission, "permission");
  }

  /** The path template as a regex: {@code {x}} is one segment, {@code **} any rest. */
  Pattern pathPattern() {
    String regex = Pattern.quote(path).replace("**", "\\E.*\\Q").replaceAll("\\{[a-zA-Z]+\\}", "\\\\E[^/]+\\\\Q");
    return Pattern.compile(regex);
  }
}
