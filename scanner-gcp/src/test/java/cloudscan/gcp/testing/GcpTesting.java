package cloudscan.gcp.testing;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderException;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpClients;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.GcpSettings;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Clients and targets pointed at a {@link GcpFake}, with a fake access token. */
public final class GcpTesting {

  public static final String TOKEN = "fake-token";

  static {
    // retries in tests wait milliseconds, not seconds
    System.setProperty("cloudscan.gcp.backoffMillis", "5");
  }

  private GcpTesting() { }

  public static ProviderConfig config(GcpFake fake, Map<String, String> extra) {
    Map<String, String> o = new LinkedHashMap<>(extra);
    o.put("endpoint", fake.url());
    return new ProviderConfig(List.of(), null, 4, o);
  }

  public static GcpClients clients(GcpFake fake, Map<String, String> extra) {
    try {
      return new GcpClients(GcpSettings.of(config(fake, extra)), GoogleCredentials.create(new AccessToken(TOKEN, null)));
    } catch (ProviderException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A context whose scan covers {@code projects} (ID → number). */
  public static GcpContext context(GcpFake fake, Map<String, String> numberToId) {
    return new GcpContext(clients(fake, Map.of()), numberToId);
  }

  public static GcpContext context(GcpFake fake) {
    return context(fake, Map.of("111111111111", "city-sandbox"));
  }

  public static Target project(String id, String... parents) {
    return new Target(new Scope(Cloud.GCP, id, ResourceRef.GLOBAL), Scope.Level.ACCOUNT, List.of(parents));
  }

  public static Target organization(String name) {
    return new Target(new Scope(Cloud.GCP, name, ResourceRef.GLOBAL), Scope.Level.ORGANIZATION, List.of());
  }
}
