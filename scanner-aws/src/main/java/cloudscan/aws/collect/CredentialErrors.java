package cloudscan.aws.collect;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Turns a failed sign-in (STS GetCallerIdentity) into one short message per cause, with the fix,
 * instead of the SDK's provider-chain dump: unknown profile, no credentials at all, an expired
 * SSO session, an endpoint that cannot be reached, credentials AWS rejected.
 */
public final class CredentialErrors {

  private static final String NO_CREDENTIALS = "No AWS credentials found. Configure them (aws configure, "
      + "aws sso login, AWS_PROFILE, or an instance/task role), or name a profile with --profile NAME.";
  private static final Pattern PROFILE = Pattern.compile("profile '?([^'\\s:]+)'?");

  private CredentialErrors() { }

  /** The message for {@code error}; {@code profile} is the profile asked for, or null. */
  public static String message(Throwable error, String profile) {
    if (error instanceof AwsServiceException e) {
      return "AWS rejected the credentials (" + AwsErrors.describe(e).message() + "). Check --profile, "
          + "--role-arn and --external-id, or refresh the session (aws sso login).";
    }
    String all = chain(error);
    Optional<Throwable> network = cause(error, ConnectException.class, UnknownHostException.class,
        NoRouteToHostException.class, SocketTimeoutException.class);
    if (network.isPresent()) {
      return "Cannot reach the AWS endpoint (" + network.get().getMessage() + "). Check the network, "
          + "HTTPS_PROXY, and --endpoint-url if you use one.";
    }
    if (profile == null && all.contains("Unable to load credentials from any of the providers")) {
      return NO_CREDENTIALS;
    }
    if (all.contains("Profile file contained no credentials for profile")
        || all.contains("does not exist") && all.toLowerCase(java.util.Locale.ROOT).contains("profile")) {
      Matcher m = PROFILE.matcher(all);
      String name = profile != null ? profile : m.find() ? m.group(1) : "?";
      return "AWS profile '" + name + "' has no credentials in ~/.aws/config or ~/.aws/credentials "
          + "(list them with: aws configure list-profiles). Pick another with --profile NAME.";
    }
    if (all.contains("SSO") && (all.contains("expired") || all.contains("Token"))) {
      return "The AWS SSO session has expired. Run: aws sso login"
          + (profile == null ? "" : " --profile " + profile) + ", then retry.";
    }
    if (all.contains("Unable to load credentials")) {
      return NO_CREDENTIALS;
    }
    return "Cannot sign in to AWS: " + firstLine(error.getMessage()) + " Check --profile, --role-arn, "
        + "--endpoint-url and your network.";
  }

  private static String chain(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      sb.append(c.getMessage()).append('\n');
    }
    return sb.toString();
  }

  @SafeVarargs
  private static Optional<Throwable> cause(Throwable t, Class<? extends Throwable>... types) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      for (Class<? extends Throwable> type : types) {
        if (type.isInstance(c)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    String line = s.lines().findFirst().orElse("");
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }
}
