package cloudscan.gcp.collect;

import cloudscan.core.provider.ProviderException;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ImpersonatedCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * Credentials as gcloud finds them: an access token from a file ({@code --gcp-access-token-file}),
 * else Application Default Credentials; optionally impersonating a service account; optionally
 * billed to a quota project.
 */
public final class GcpCredentials {

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
    if (s.impersonate().isPresent()) {
      base = ImpersonatedCredentials.create(base, s.impersonate().get(), null, SCOPES, 3600);
      who = s.impersonate().get() + " (impersonated by " + who + ")";
    }
    if (s.quotaProject().isPresent()) {
      base = base.createWithQuotaProject(s.quotaProject().get());
    }
    return new Resolved(base, who);
  }

  private static String read(GcpSettings s) throws ProviderException {
    try {
      String token = Files.readString(s.tokenFile().get(), StandardCharsets.UTF_8).trim();
      if (token.isEmpty() || token.contains("\n") || token.contains(" ")) {
        throw new ProviderException("--gcp-access-token-file " + s.tokenFile().get()
            + ": line 1: expected one access token (as printed by 'gcloud auth print-access-token')");
      }
      return token;
    } catch (IOException e) {
      throw new ProviderException("--gcp-access-token-file " + s.tokenFile().get() + ": cannot read: " + e.getMessage(), e);
    }
  }
}
