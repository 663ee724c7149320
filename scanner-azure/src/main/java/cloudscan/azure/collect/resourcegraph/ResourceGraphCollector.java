package cloudscan.azure.collect.resourcegraph;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.resourcegraph.ResourceGraphManager;
import com.azure.resourcemanager.resourcegraph.fluent.models.QueryResponseInner;
import com.azure.resourcemanager.resourcegraph.models.QueryRequest;
import com.azure.resourcemanager.resourcegraph.models.QueryRequestOptions;
import com.azure.resourcemanager.resourcegraph.models.ResultFormat;
import com.azure.resourcemanager.resourcegraph.models.ResultTruncated;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAGE = 1000;

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
    List<String> all = clients.scanning().contains(sub) ? clients.scanning() : List.of(sub);
    Map<String, List<JsonNode>> bySub = clients.shared("resourcegraph:Resources|" + all, () -> query(sub, all));
    for (JsonNode r : bySub.getOrDefault(sub, List.of())) {
      String zones = zones(r.path("zones"));
      out.accept(new Located(AzureRefs.ref(sub, r.path("location").asText(null), r.path("type").asText("resource"),
          r.path("id").asText()), zones == null ? Known.notOffered() : Known.of(zones), true));
    }
  }

  private Map<String, List<JsonNode>> query(String anySub, List<String> subscriptions) {
    ResourceGraphManager graph = clients.manager(anySub, ResourceGraphManager.class, ResourceGraphManager::authenticate);
    Map<String, List<JsonNode>> out = new HashMap<>();
    String token = null;
    do {
      QueryRequestOptions options = new QueryRequestOptions().withTop(PAGE).withResultFormat(ResultFormat.OBJECT_ARRAY);
      if (token != null) {
        options.withSkipToken(token);
      }
      QueryResponseInner page = graph.serviceClient().getResourceProviders().resources(new QueryRequest()
          .withSubscriptions(subscriptions).withQuery(QUERY).withOptions(options));
      if (page.resultTruncated() == ResultTruncated.TRUE && page.skipToken() == null) {
        throw new IllegalStateException("Resource Graph truncated the inventory (" + page.count() + " of "
            + page.totalRecords() + " rows) without a skip token");
      }
      for (JsonNode row : JSON.valueToTree(page.data())) {
        out.computeIfAbsent(row.path("subscriptionId").asText().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(row);
      }
      token = page.skipToken();
    } while (token != null);
    return out;
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
