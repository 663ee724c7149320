package cloudscan.azure.collect.compute;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Just-in-time VM access (Defender for Cloud {@code jitNetworkAccessPolicies}, one list per
 * subscription, raw GET {@code 2020-01-01}): the VMs (lower-case IDs) whose management ports are
 * closed by default and opened only on an approved, time-limited request, a managed maintenance path
 * like Bastion. A provider that is not registered means no policy exists.
 */
final class JitAccess {

  static final String API = "2020-01-01";

  private JitAccess() { }

  static Set<String> protectedVms(AzureClients clients, String sub) {
    Set<String> out = new HashSet<>();
    for (JsonNode policy : Reads.unlessUnregistered(() -> clients.arm().list("/subscriptions/" + sub
        + "/providers/Microsoft.Security/jitNetworkAccessPolicies?api-version=" + API))) {
      JsonNode p = policy.path("properties");
      if ("failed".equalsIgnoreCase(p.path("provisioningState").asText(""))) {
        continue;
      }
      for (JsonNode vm : p.path("virtualMachines")) {
        if (vm.path("ports").size() > 0) {
          out.add(AzureRefs.id(vm.path("id").asText()));
        }
      }
    }
    return out;
  }
}
