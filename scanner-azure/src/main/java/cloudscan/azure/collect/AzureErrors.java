package cloudscan.azure.collect;

import cloudscan.azure.collect.ReadOperations.Operation;
import cloudscan.azure.collect.ReadOperations.Plane;
import cloudscan.core.provider.GapInfo;
import cloudscan.core.snapshot.GapKind;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpRequest;
import com.azure.core.management.exception.ManagementException;
import com.azure.identity.CredentialUnavailableException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/** Turns what the Azure SDK (or {@link ArmReader}) throws into a collection gap: kind, operation, message. */
public final class AzureErrors {

  /** A resource provider not registered in a subscription: nothing of that kind can exist there. */
  public static final Set<String> NOT_REGISTERED = Set.of("missingsubscriptionregistration",
      "subscriptionnotregistered", "noregisteredproviderfound");
  private static final Set<String> DENIED = Set.of("authorizationfailed", "authorization_requestdenied",
      "forbidden", "authenticationfailed", "invalidauthenticationtoken", "linkedauthorizationfailed",
      "accessdenied", "insufficientpermissions", "subscriptionnotfound", "invalidsubscriptionid");
  private static final int MAX_MESSAGE = 300;

  private AzureErrors() { }

  public static GapInfo describe(Throwable error) {
    if (error instanceof ReadOnlyViolation v) {
      return new GapInfo(GapKind.ERROR, v.method() + " " + v.path(), v.getMessage());
    }
    HttpResponseException http = find(error, HttpResponseException.class);
    if (http != null && http.getResponse() != null) {
      Optional<Operation> op = operation(http.getResponse().getRequest());
      String code = code(http);
      GapKind kind = kindOf(http.getResponse().getStatusCode(), code);
      String message = (code == null ? "HTTP " + http.getResponse().getStatusCode() : code) + ": " + text(http);
      if (kind == GapKind.ACCESS_DENIED && op.isPresent()) {
        message += switch (op.get().plane()) {
          case GRAPH -> " (needs the Microsoft Graph permission " + op.get().permission() + ")";
          case KEYVAULT -> " (needs the data action " + op.get().permission() + " (Key Vault Reader) or an access "
              + "policy with certificate list/get; the vault firewall must admit the scanner)";
          case ARM -> " (needs " + op.get().permission() + ")";
        };
      }
      return new GapInfo(kind, op.map(Operation::key).orElse(null), shorten(message));
    }
    if (find(error, ClientAuthenticationException.class) != null
        || find(error, CredentialUnavailableException.class) != null) {
      return new GapInfo(GapKind.ACCESS_DENIED, null, shorten("sign-in failed: " + error.getMessage()));
    }
    PartialView partial = find(error, PartialView.class);
    if (partial != null) {
      return new GapInfo(GapKind.ACCESS_DENIED, partial.operation(), shorten(partial.getMessage()));
    }
    if (find(error, NotOfferedHere.class) != null) {
      return new GapInfo(GapKind.UNSUPPORTED, null, shorten(String.valueOf(error.getMessage())));
    }
    if (find(error, TimeoutException.class) != null || find(error, SocketTimeoutException.class) != null) {
      return new GapInfo(GapKind.TIMEOUT, null, shorten(String.valueOf(error.getMessage())));
    }
    return new GapInfo(GapKind.ERROR, null, shorten(error.getClass().getSimpleName() + ": " + error.getMessage()));
  }

  /** The service's error code (lower-case), or null. */
  public static String code(Throwable error) {
    HttpResponseException http = find(error, HttpResponseException.class);
    if (http instanceof ManagementException m && m.getValue() != null && m.getValue().getCode() != null) {
      return m.getValue().getCode();
    }
    return null;
  }

  /** True if {@code error} says the resource provider is not registered in the subscription. */
  public static boolean notRegistered(Throwable error) {
    String code = code(error);
    return code != null && NOT_REGISTERED.contains(code.toLowerCase(Locale.ROOT));
  }

  /** True if {@code error} is an HTTP 404 (resource or setting absent). */
  public static boolean notFound(Throwable error) {
    HttpResponseException http = find(error, HttpResponseException.class);
    return http != null && http.getResponse() != null && http.getResponse().getStatusCode() == 404;
  }

  static GapKind kindOf(int status, String code) {
    String c = code == null ? "" : code.toLowerCase(Locale.ROOT);
    if (DENIED.contains(c) || status == 401 || status == 403) {
      return GapKind.ACCESS_DENIED;
    }
    if (status == 429 || c.contains("throttl") || c.equals("toomanyrequests")) {
      return GapKind.THROTTLED;
    }
    if (status == 408 || status == 504 || c.contains("timeout")) {
      return GapKind.TIMEOUT;
    }
    if (NOT_REGISTERED.contains(c) || c.equals("invalidresourcetype") || status == 404 || status == 501) {
      return GapKind.UNSUPPORTED;
    }
    return GapKind.ERROR;
  }

  private static Optional<Operation> operation(HttpRequest request) {
    if (request == null) {
      return Optional.empty();
    }
    URL url = request.getUrl();
    String method = request.getHttpMethod().name();
    for (Plane plane : Plane.values()) {
      Optional<Operation> op = ReadOperations.find(plane, method, url.getPath());
      if (op.isPresent()) {
        return op;
      }
    }
    return Optional.empty();
  }

  private static String text(HttpResponseException e) {
    if (e instanceof ManagementException m && m.getValue() != null && m.getValue().getMessage() != null) {
      return m.getValue().getMessage();
    }
    return String.valueOf(e.getMessage());
  }

  static <T extends Throwable> T find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String shorten(String s) {
    String oneLine = s.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE - 1) + "…";
  }
}
