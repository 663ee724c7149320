package cloudscan.azure.collect.resourcegraph;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Residency of every resource of every scanned subscription, whatever its type, from one Azure
 * Resource Graph query over all of them (paged with {@code $skipToken}, 1,000 rows a page), shared by
 * the subscriptions' collectors: {@link Located} with {@code inventory=true}. Where a service
 * collector also locates a resource, its reading wins (the residency check keeps one per resource).
 * A truncated answer is an error, never a partial inventory.
 */
public final class ResourceGraphCollector implements Collector {

  static final String QUERY = "resources | project id, type, location, subscriptionId, zones | order by id asc";

  private final AzureClients clients;

  public ResourceGraphCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "resourcegraph";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Located.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    List<String> all = GraphQuery.scope(clients, sub);
    Map<String, List<JsonNode>> bySub = clients.shared("resourcegraph:Resources|" + all,
        () -> GraphQuery.run(clients, sub, all, QUERY));
    InventoryReach.check(clients, sub, out);
    for (JsonNode r : bySub.getOrDefault(sub, List.of())) {
      String zones = zones(r.path("zones"));
      out.accept(new Located(AzureRefs.ref(sub, r.path("location").asText(null), r.path("type").asText("resource"),
          r.path("id").asText()), zones == null ? Known.notOffered() : Known.of(zones), true));
    }
  }

  private static String zones(JsonNode zones) {
    if (!zones.isArray() || zones.isEmpty()) {
      return null;
    }
    List<String> z = new ArrayList<>();
    zones.forEach(n -> z.add(n.asText()));
    return String.join(",", z);
  }
}
