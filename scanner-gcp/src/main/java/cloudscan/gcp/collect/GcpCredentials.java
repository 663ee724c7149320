package cloudscan.gcp.collect;

import cloudscan.core.provider.ProviderException;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ImpersonatedCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Credentials as gcloud finds them: an access token from a file ({@code --gcp-access-token-file}),
 * else Application Default Credentials; optionally impersonating a service account; optionally
 * billed to a quota project.
 */
public final class GcpCredentials {

  /** An OAuth 2.0 bearer token (RFC 6750 b64token). */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]+=*");

  static final List<String> SCOPES = List.of("https://www.googleapis.com/auth/cloud-platform");

  /** The credentials and who they are, for the snapshot. */
  public record Resolved(GoogleCredentials credentials, String identity) { }

  private GcpCredentials() { }

  public static Resolved resolve(GcpSettings s) throws ProviderException {
    GoogleCredentials base;
    String who;
    if (s.tokenFile().isPresent()) {
      String token = read(s);
      base = GoogleCredentials.create(new AccessToken(token, null));
      who = "access token from " + s.tokenFile().get().getFileName();
    } else {
      try {
        base = GoogleCredentials.getApplicationDefault().createScoped(SCOPES);
      } catch (IOException e) {
        throw new ProviderException("No Google Cloud credentials: " + e.getMessage().lines().findFirst().orElse("")
            + " Run 'gcloud auth application-default login', set GOOGLE_APPLICATION_CREDENTIALS,"
            + " or pass --gcp-access-token-file FILE.", e);
      }
      who = base instanceof ServiceAccountCredentials sa ? sa.getClientEmail() : "application default credentials";
    }
    if (!s.impersonate().isEmpty()) {
      String target = s.impersonate().get(s.impersonate().size() - 1);
      base = impersonate(base, target, s);
      who = target + " (impersonated by " + who + ")";
    }
    if (s.quotaProject().isPresent()) {
      base = base.createWithQuotaProject(s.quotaProject().get());
    }
    return new Resolved(base, who);
  }

  /**
   * Acts as {@code target} through the IAM Credentials {@code generateAccessToken} call, sent where
   * the options send {@code iamcredentials} (never to Google when an endpoint is configured).
   */
  private static GoogleCredentials impersonate(GoogleCredentials source, String target, GcpSettings s) {
    List<String> chain = s.impersonate();
    ImpersonatedCredentials.Builder b = ImpersonatedCredentials.newBuilder().setSourceCredentials(source)
        .setTargetPrincipal(target).setScopes(SCOPES).setLifetime(3600)
        .setDelegates(chain.subList(0, chain.size() - 1).stream().map(e -> "projects/-/serviceAccounts/" + e).toList());
    s.configuredUrl("iamcredentials").ifPresent(url ->
        b.setIamEndpointOverride(url + "/v1/projects/-/serviceAccounts/" + target + ":generateAccessToken"));
    return b.build();
  }

  private static String read(GcpSettings s) throws ProviderException {
    try {
      String text = Files.readString(s.tokenFile().get(), StandardCharsets.UTF_8);
      String token = (text.startsWith("\uFEFF") ? text.substring(1) : text).strip();
      if (!TOKEN.matcher(token).matches()) {
        throw new ProviderException("--gcp-access-token-file " + s.tokenFile().get() + ": expected only an access token "
            + "(letters, digits and -._~+/=, as printed by 'gcloud auth print-access-token')"
            + (token.startsWith("{") ? ", not JSON" : token.isEmpty() ? ", the file is empty" : ""));
      }
      return token;
    } catch (CharacterCodingException e) {
      throw new ProviderException("--gcp-access-token-file " + s.tokenFile().get() + ": expected only an access token "
          + "in UTF-8 or ASCII text, but the file is not UTF-8 (PowerShell's '>' writes UTF-16; use Out-File -Encoding ascii)");
    } catch (IOException e) {
      throw new ProviderException("--gcp-access-token-file " + s.tokenFile().get() + ": cannot read: " + e.getMessage(), e);
    }
  }
}
