package cloudscan.aws.collect;

import cloudscan.core.provider.GapInfo;
import cloudscan.core.snapshot.GapKind;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/** Turns what the AWS SDK throws into a collection gap: kind, failing operation, short message. */
public final class AwsErrors {

  private static final Set<String> DENIED = Set.of("accessdenied", "accessdeniedexception",
      "unauthorizedoperation", "authorizationerror", "unauthorizedaccess", "forbidden",
      "authorizationerrorexception", "accessdeniedfault", "notauthorized");
  private static final Set<String> REGION_OFF = Set.of("optinrequired", "unrecognizedclientexception",
      "unrecognizedclient", "invalidclienttokenid", "authfailure", "subscriptionrequiredexception");
  private static final Set<String> UNSUPPORTED = Set.of("invalidaction", "unknownoperationexception",
      "unsupportedoperation", "unsupportedoperationexception", "notimplemented", "invalidoperation");
  private static final int MAX_MESSAGE = 300;

  private AwsErrors() { }

  public static GapInfo describe(Throwable error) {
    String operation = FailedOperation.find(error).orElse(null);
    if (error instanceof ReadOnlyViolation v) {
      return new GapInfo(GapKind.ERROR, v.operation(), v.getMessage());
    }
    if (error instanceof AwsServiceException e) {
      return new GapInfo(kindOf(e), operation, message(e));
    }
    return new GapInfo(kindOfClientSide(error), operation, shorten(String.valueOf(error.getMessage())));
  }

  /** The service's error code, or null when it sent none (e.g. an HTML error page). */
  public static String errorCode(Throwable error) {
    if (error instanceof AwsServiceException e && e.awsErrorDetails() != null) {
      return e.awsErrorDetails().errorCode();
    }
    return null;
  }

  /** True if {@code error} is the service answering "this is not set" with one of {@code codes}. */
  public static boolean isCode(Throwable error, String... codes) {
    String code = errorCode(error);
    for (String c : codes) {
      if (c.equals(code)) {
        return true;
      }
    }
    return false;
  }

  private static GapKind kindOf(AwsServiceException e) {
    String code = lower(e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode());
    int status = e.statusCode();
    if (DENIED.contains(code) || (code.isEmpty() && status == 403)) {
      return GapKind.ACCESS_DENIED;
    }
    if (e.isThrottlingException() || code.startsWith("throttl") || code.equals("requestlimitexceeded")
        || code.equals("toomanyrequestsexception") || code.equals("slowdown") || status == 429) {
      return GapKind.THROTTLED;
    }
    if (REGION_OFF.contains(code)) {
      return GapKind.REGION_DISABLED;
    }
    if (code.equals("requesttimeout") || code.equals("requesttimeoutexception") || status == 504) {
      return GapKind.TIMEOUT;
    }
    if (UNSUPPORTED.contains(code) || status == 404 || status == 501 || isHtml(e.awsErrorDetails())) {
      return GapKind.UNSUPPORTED;
    }
    return GapKind.ERROR;
  }

  private static GapKind kindOfClientSide(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException
          || t instanceof SocketTimeoutException) {
        return GapKind.TIMEOUT;
      }
      if (t instanceof SdkServiceException) {
        return GapKind.ERROR;
      }
      String m = lower(t.getMessage());
      if (m.contains("unable to unmarshall") || m.contains("unable to parse")) {
        return GapKind.UNSUPPORTED;
      }
    }
    return GapKind.ERROR;
  }

  private static boolean isHtml(AwsErrorDetails details) {
    if (details == null || details.rawResponse() == null) {
      return false;
    }
    String body = lower(details.rawResponse().asString(StandardCharsets.UTF_8)).stripLeading();
    return body.startsWith("<!doctype html") || body.startsWith("<html");
  }

  private static String message(AwsServiceException e) {
    AwsErrorDetails d = e.awsErrorDetails();
    String code = d == null ? null : d.errorCode();
    String text = d == null || d.errorMessage() == null || isHtml(d) ? e.getMessage() : d.errorMessage();
    return shorten((code == null ? "HTTP " + e.statusCode() : code) + ": " + text);
  }

  private static String shorten(String s) {
    String oneLine = s.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE - 1) + "…";
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
