package cloudscan.azure.collect.web;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

import java.util.Set;

/**
 * App Service and Functions apps ({@code Microsoft.Web/sites}; no served management library: raw
 * GETs, {@code 2024-04-01}): one list per subscription, and per app its web configuration
 * ({@code config/web}: the list leaves {@code siteConfig} empty). Each app → {@link TlsPolicy} for
 * HTTPS (minimum TLS; suites Microsoft-managed; HTTPS-only off lists plain HTTP), another for FTP
 * when FTP is not limited to FTPS, and {@link PublicEndpoint} (public network access, access
 * restrictions, client certificates). Deployment slots are not read.
 */
public final class AppServiceCollector implements Collector {

  static final String API = "2024-04-01";
  static final String TYPE = "microsoft.web/sites";

  private final AzureClients clients;

  public AppServiceCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "appservice";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(TlsPolicy.class, PublicEndpoint.class, Located.class, ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    List<JsonNode> sites = Reads.unlessUnregistered(() -> clients.arm().list("/subscriptions/" + sub
        + "/providers/Microsoft.Web/sites?api-version=" + API));
    List<Reads.Fetched<JsonNode>> configs = clients.fanOut(sites, s -> Reads.fetch(out,
        Set.of(TlsPolicy.class, PublicEndpoint.class),
        () -> clients.arm().get(s.path("id").asText() + "/config/web?api-version=" + API)));
    for (int i = 0; i < sites.size(); i++) {
      JsonNode site = sites.get(i);
      ResourceRef ref = AzureRefs.ref(sub, site.path("location").asText(), TYPE, site.path("id").asText());
      out.accept(Located.regional(ref));
      out.accept(new ResourceLabel(ref, site.path("name").asText(), Known.of(WebApps.tags(site))));
      if (configs.get(i).ok()) {
        JsonNode config = configs.get(i).value().path("properties");
        JsonNode p = site.path("properties");
        out.accept(WebApps.https(ref, p, config));
        WebApps.ftp(ref, p, config).ifPresent(out::accept);
        out.accept(WebApps.endpoint(ref, p, config));
      }
    }
  }

}
