package cloudscan.gcp.collect;

import cloudscan.core.provider.GapInfo;
import cloudscan.core.snapshot.GapKind;
import cloudscan.gcp.collect.GcpCall.GcpCallException;
import com.google.api.client.http.HttpResponseException;
import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.cloud.BaseServiceException;
import java.net.SocketTimeoutException;
import java.util.Optional;

/**
 * Turns what the Google clients throw into a gap: kind, the permission of the failed read, and a
 * message that names what to do: the permission to grant, or the API to enable and where.
 */
public final class GcpErrors {

  private static final int MAX_MESSAGE = 400;

  private GcpErrors() { }

  public static GapInfo describe(Throwable error) {
    if (error instanceof ReadOnlyViolation v) {
      return new GapInfo(GapKind.ERROR, v.operation(), v.getMessage());
    }
    if (error instanceof UnsupportedOperationException u) {
      return new GapInfo(GapKind.UNSUPPORTED, null, shorten(String.valueOf(u.getMessage())));
    }
    String permission = find(error, GcpCallException.class).map(GcpCallException::permission).orElse(null);
    int status = status(error);
    Optional<GoogleError> body = body(error);
    if (body.isPresent() && body.get().serviceDisabled()) {
      GoogleError e = body.get();
      String api = e.service() != null ? e.service() : apiOf(permission);
      String where = e.consumer() != null ? e.consumer() : "the project";
      return new GapInfo(GapKind.UNSUPPORTED, permission, shorten("SERVICE_DISABLED: API " + api
          + " is not enabled in " + where + ": enable it there (gcloud services enable " + api
          + (e.consumer() != null ? " --project " + e.consumer().replace("projects/", "") : "")
          + "); with user credentials and --quota-project, " + where + " is the quota project"));
    }
    if (status == 401 || tokenRejected(error)) {
      return new GapInfo(GapKind.ACCESS_DENIED, permission, shorten("UNAUTHENTICATED: the credentials were rejected "
          + "(an expired access token? run 'gcloud auth application-default login' or refresh --gcp-access-token-file)"));
    }
    if (status == 403 || body.map(GoogleError::permissionDenied).orElse(false)) {
      String needed = body.map(GoogleError::permission).orElse(permission);
      return new GapInfo(GapKind.ACCESS_DENIED, permission, shorten("PERMISSION_DENIED: grant "
          + (needed == null ? "the read permission" : needed) + " (roles/viewer and roles/iam.securityReviewer include it)"
          + body.map(b -> ": " + b.message()).orElse("")));
    }
    if (status == 429) {
      return new GapInfo(GapKind.THROTTLED, permission, shorten("RESOURCE_EXHAUSTED after retries"
          + body.map(b -> ": " + b.message()).orElse("")));
    }
    if (status == 404 || status == 501) {
      return new GapInfo(GapKind.UNSUPPORTED, permission, shorten("HTTP " + status
          + body.map(b -> ": " + b.message()).orElse("")));
    }
    if (status == 504 || find(error, SocketTimeoutException.class).isPresent()) {
      return new GapInfo(GapKind.TIMEOUT, permission, shorten(String.valueOf(error.getMessage())));
    }
    return new GapInfo(GapKind.ERROR, permission, shorten(body.map(GoogleError::message)
        .orElse(String.valueOf(error.getMessage()))));
  }

  /**
   * An error that every read would meet: the credentials were rejected (401, a token that cannot be
   * refreshed or impersonated) or the endpoint does not answer at all. Such an error is no gap of
   * one project; the scan cannot go on.
   */
  public static boolean fatal(Throwable error) {
    return status(error) == 401 || tokenRejected(error) || find(error, java.net.ConnectException.class).isPresent()
        || find(error, java.net.UnknownHostException.class).isPresent()
        || messages(error).contains("Error requesting access token");
  }

  private static String messages(Throwable error) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      out.append(t.getMessage()).append('\n');
    }
    return out.toString();
  }

  /** A fixed access token answered with 401: the auth library tries to refresh it and cannot. */
  private static boolean tokenRejected(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("does not support refreshing")) {
        return true;
      }
    }
    return false;
  }

  /** The HTTP status of a failed call, or 0. */
  public static int status(Throwable error) {
    Optional<HttpResponseException> http = find(error, HttpResponseException.class);
    if (http.isPresent()) {
      return http.get().getStatusCode();
    }
    Optional<BaseServiceException> svc = find(error, BaseServiceException.class);
    if (svc.isPresent() && svc.get().getCode() > 0) {
      return svc.get().getCode();
    }
    Optional<ApiException> api = find(error, ApiException.class);
    if (api.isPresent()) {
      Object transport = api.get().getStatusCode().getTransportCode();
      if (transport instanceof Integer i) {
        return i;
      }
      return httpOf(api.get().getStatusCode().getCode());
    }
    return 0;
  }

  /** True if the service answered "not found" (a setting that does not exist). */
  public static boolean notFound(Throwable error) {
    return status(error) == 404;
  }

  static Optional<GoogleError> body(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String text = t instanceof HttpResponseException h ? h.getContent() : t.getMessage();
      Optional<GoogleError> e = GoogleError.parse(text);
      if (e.isPresent()) {
        return e;
      }
    }
    return Optional.empty();
  }

  private static int httpOf(StatusCode.Code code) {
    return switch (code) {
      case PERMISSION_DENIED -> 403;
      case UNAUTHENTICATED -> 401;
      case NOT_FOUND -> 404;
      case RESOURCE_EXHAUSTED -> 429;
      case UNIMPLEMENTED -> 501;
      case DEADLINE_EXCEEDED -> 504;
      case UNAVAILABLE -> 503;
      default -> 0;
    };
  }

  /** {@code compute.firewalls.list} → {@code compute.googleapis.com}. */
  private static String apiOf(String permission) {
    if (permission == null) {
      return "the API";
    }
    String prefix = permission.substring(0, permission.indexOf('.') < 0 ? permission.length() : permission.indexOf('.'));
    return switch (prefix) {
      case "resourcemanager" -> "cloudresourcemanager.googleapis.com";
      case "cloudsql" -> "sqladmin.googleapis.com";
      default -> prefix + ".googleapis.com";
    };
  }

  static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  private static String shorten(String s) {
    String oneLine = s.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE - 1) + "…";
  }
}
