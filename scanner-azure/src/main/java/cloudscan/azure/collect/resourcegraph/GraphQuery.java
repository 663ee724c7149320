package cloudscan.azure.collect.resourcegraph;

import cloudscan.azure.collect.AzureClients;
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

/**
 * One Azure Resource Graph query over several subscriptions, paged with {@code $skipToken} (1,000
 * rows a page), its rows grouped by (lower-case) {@code subscriptionId}, which every query must
 * project. A truncated answer without a skip token is an error, never a partial answer; the caller
 * shares the result between the subscriptions' collectors ({@link AzureClients#shared}).
 */
public final class GraphQuery {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAGE = 1000;

  private GraphQuery() { }

  public static Map<String, List<JsonNode>> run(AzureClients clients, String anySub, List<String> subscriptions,
      String kql) {
    ResourceGraphManager graph = clients.manager(anySub, ResourceGraphManager.class, ResourceGraphManager::authenticate);
    Map<String, List<JsonNode>> out = new HashMap<>();
    String token = null;
    do {
      QueryRequestOptions options = new QueryRequestOptions().withTop(PAGE).withResultFormat(ResultFormat.OBJECT_ARRAY);
      if (token != null) {
        options.withSkipToken(token);
      }
      QueryResponseInner page = graph.serviceClient().getResourceProviders().resources(new QueryRequest()
          .withSubscriptions(subscriptions).withQuery(kql).withOptions(options));
      if (page.resultTruncated() == ResultTruncated.TRUE && page.skipToken() == null) {
        throw new IllegalStateException("Resource Graph truncated the answer (" + page.count() + " of "
            + page.totalRecords() + " rows) without a skip token");
      }
      for (JsonNode row : JSON.valueToTree(page.data())) {
        out.computeIfAbsent(row.path("subscriptionId").asText().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(row);
      }
      token = page.skipToken();
    } while (token != null);
    return out;
  }

  /** The subscriptions one query covers: every scanned one when {@code sub} is among them. */
  public static List<String> scope(AzureClients clients, String sub) {
    return clients.scanning().contains(sub) ? clients.scanning() : List.of(sub);
  }
}
