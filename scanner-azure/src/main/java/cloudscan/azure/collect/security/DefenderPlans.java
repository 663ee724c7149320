package cloudscan.azure.collect.security;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.SecurityService.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Defender for Cloud pricings (plan name → Free or Standard) as security services of a subscription:
 * threat detection when any workload protection plan is on Standard (posture management alone
 * detects no threats); malware protection and vulnerability scanning of servers when Defender for
 * Servers (plan {@code VirtualMachines}, P1 or P2: both include Defender for Endpoint and Defender
 * Vulnerability Management) is on Standard. A plan missing from the answer is unread, not off.
 */
final class DefenderPlans {

  /** Plans that raise security alerts (not CloudPosture / FoundationalCspm: posture only). */
  private static final Set<String> THREAT_PLANS = Set.of("virtualmachines", "sqlservers", "sqlservervirtualmachines",
      "opensourcerelationaldatabases", "cosmosdbs", "appservices", "storageaccounts", "keyvaults", "arm", "dns",
      "containers", "kubernetesservice", "containerregistry", "api", "ai");

  private DefenderPlans() { }

  static List<SecurityService> services(ResourceRef pricings, ResourceRef servers, List<JsonNode> plans) {
    TreeMap<String, String> tiers = new TreeMap<>();
    String serverPlan = null;
    for (JsonNode p : plans) {
      String name = p.path("name").asText();
      String tier = p.path("properties").path("pricingTier").asText("");
      tiers.put(name, tier + (p.path("properties").hasNonNull("subPlan") ? " " + p.path("properties").get("subPlan").asText() : ""));
      if (name.equalsIgnoreCase("VirtualMachines")) {
        serverPlan = tier;
      }
    }
    List<String> on = new ArrayList<>();
    tiers.forEach((n, t) -> {
      if (t.toLowerCase(Locale.ROOT).startsWith("standard") && THREAT_PLANS.contains(n.toLowerCase(Locale.ROOT))) {
        on.add(n);
      }
    });
    String detail = "Defender for Cloud plans " + tiers;
    Known<Boolean> servers0 = serverPlan == null ? Known.unread() : Known.of("standard".equalsIgnoreCase(serverPlan));
    String serverDetail = "Defender for Servers (" + tiers.getOrDefault("VirtualMachines", "not listed") + ")";
    return List.of(
        new SecurityService(pricings, Kind.THREAT_DETECTION, Known.of(!on.isEmpty()),
            on.isEmpty() ? detail : "Defender for Cloud: " + String.join(", ", on) + " on Standard"),
        new SecurityService(servers, Kind.MALWARE_PROTECTION, servers0, serverDetail + ", Defender for Endpoint"),
        new SecurityService(servers, Kind.VULNERABILITY_SCANNING, servers0,
            serverDetail + ", Defender Vulnerability Management"));
  }
}
