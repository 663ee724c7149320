package cloudscan.azure.collect.frontdoor;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Azure Front Door Standard/Premium ({@code Microsoft.Cdn/profiles} with an AzureFrontDoor SKU; no
 * served library: raw GETs, {@code 2024-02-01}): per profile its custom domains (minimum TLS, custom
 * suites), its endpoints and each endpoint's routes (which domains accept plain HTTP without
 * redirecting to HTTPS) → one {@link TlsPolicy} per custom domain and per endpoint's default domain.
 * Classic Front Door ({@code Microsoft.Network/frontDoors}) and CDN profiles are not read.
 */
public final class FrontDoorCollector implements Collector {

  static final String API = "2024-02-01";

  private final AzureClients clients;

  public FrontDoorCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "frontdoor";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(TlsPolicy.class, Located.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    List<JsonNode> profiles = Reads.unlessUnregistered(() -> clients.arm().list("/subscriptions/" + sub
        + "/providers/Microsoft.Cdn/profiles?api-version=" + API)).stream()
        .filter(p -> p.path("sku").path("name").asText("").toLowerCase(Locale.ROOT).contains("azurefrontdoor")).toList();
    for (JsonNode p : profiles) {
      ResourceRef ref = AzureRefs.ref(sub, p.path("location").asText(), p.path("type").asText(), p.path("id").asText());
      out.accept(Located.regional(ref));
      Reads.Fetched<FrontDoorRoutes> routes = Reads.fetch(out, produces(), () -> routes(p.path("id").asText()));
      if (!routes.ok()) {
        continue;
      }
      Reads.Fetched<List<JsonNode>> domains = Reads.fetch(out, produces(),
          () -> clients.arm().list(p.path("id").asText() + "/customDomains?api-version=" + API));
      if (domains.ok()) {
        domains.value().forEach(d -> out.accept(FrontDoorRoutes.customDomain(
            AzureRefs.ref(sub, ref.location(), d.path("type").asText(), d.path("id").asText()), d, routes.value())));
      }
      routes.value().endpoints().forEach(e -> out.accept(FrontDoorRoutes.defaultDomain(
          AzureRefs.ref(sub, ref.location(), e.path("type").asText(), e.path("id").asText()), e, routes.value())));
    }
  }

  private FrontDoorRoutes routes(String profileId) {
    List<JsonNode> endpoints = clients.arm().list(profileId + "/afdEndpoints?api-version=" + API);
    List<JsonNode> routes = new ArrayList<>();
    for (JsonNode e : endpoints) {
      clients.arm().list(e.path("id").asText() + "/routes?api-version=" + API).forEach(r -> {
        routes.add(r);
      });
    }
    return new FrontDoorRoutes(endpoints, routes);
  }
}
