package cloudscan.azure.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** A subscription's locations and their paired regions ({@code Subscriptions_ListLocations}), read once per scan. */
public final class Locations {

  private Locations() { }

  /** Location name → its paired region (geo-redundant copies go there), for the locations that have one. */
  public static Map<String, String> pairs(AzureClients clients, String sub) {
    return clients.shared("resources:Subscriptions_ListLocations|" + sub, () -> {
      Map<String, String> out = new HashMap<>();
      for (JsonNode l : clients.arm().list("/subscriptions/" + sub + "/locations?api-version=2022-12-01")) {
        JsonNode pair = l.path("metadata").path("pairedRegion");
        if (pair.isArray() && !pair.isEmpty()) {
          out.put(AzureRefs.location(l.path("name").asText()), AzureRefs.location(pair.get(0).path("name").asText()));
        }
      }
      return out;
    });
  }
}
