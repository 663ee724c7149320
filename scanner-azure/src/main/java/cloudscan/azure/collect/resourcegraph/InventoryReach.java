package cloudscan.azure.collect.resourcegraph;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.PartialView;
import cloudscan.core.fact.Located;
import cloudscan.core.provider.FactSink;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * Whether the scanning identity can see every resource type of a subscription. Azure Resource
 * Graph returns only the resources the caller may read, so with a role narrower than {@code *}/read
 * (such as the generated custom role) resources of other types are silently left out of the
 * inventory. Azure's own evaluation of the caller's permissions (Permissions - List For
 * Subscription) decides; where it does not grant reading every type, or cannot be read, residency
 * of the subscription is a gap (1.1 UNKNOWN), never an inventory taken as complete.
 */
final class InventoryReach {

  private InventoryReach() { }

  static void check(AzureClients clients, String sub, FactSink out) {
    List<JsonNode> permissions;
    try {
      permissions = clients.arm().list("/subscriptions/" + sub
          + "/providers/Microsoft.Authorization/permissions?api-version=2022-04-01");
    } catch (RuntimeException e) {
      out.gap(e, Set.of(Located.class));
      return;
    }
    if (!readsEveryType(permissions)) {
      out.gap(new PartialView("resourcegraph:Resources", "the identity's roles do not grant */read on subscription "
          + sub + ": Azure Resource Graph returns only the resource types it may read, so the residency inventory "
          + "may miss resources (grant Reader for a complete inventory)"), Set.of(Located.class));
    }
  }

  /** True if some permission entry grants {@code *} or {@code *}/read and excludes no read. */
  static boolean readsEveryType(List<JsonNode> permissions) {
    for (JsonNode p : permissions) {
      boolean all = false;
      for (JsonNode a : p.path("actions")) {
        all |= a.asText().equals("*") || a.asText().equals("*/read");
      }
      boolean excludesReads = false;
      for (JsonNode n : p.path("notActions")) {
        excludesReads |= n.asText().endsWith("/read") || n.asText().endsWith("*");
      }
      if (all && !excludesReads) {
        return true;
      }
    }
    return false;
  }
}
