package cloudscan.azure.collect;

import cloudscan.core.fact.SkipCause;
import cloudscan.core.provider.SkippedLocation;
import com.azure.core.management.profile.AzureProfile;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.models.SubscriptionInner;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which subscriptions a scan reads: every enabled subscription the credential can list, narrowed by
 * {@code --subscription} (repeatable), {@code --management-group} (every subscription below it) and
 * {@code --tenant}. A subscription asked for that the credential cannot see is still scanned, so
 * that its collectors record gaps: it is never silently dropped.
 */
final class Subscriptions {

  /** States in which a subscription runs resources (Warned and PastDue still hold live data). */
  private static final Set<String> ACTIVE = Set.of("enabled", "warned", "pastdue");

  /** The outcome: subscriptions to scan, the tenant, and subscriptions left out with why. */
  record Plan(String tenant, List<String> subscriptions, List<SkippedLocation> skipped) { }

  private Subscriptions() { }

  static Plan plan(AzureClients clients, List<String> requested, String managementGroup) {
    Map<String, SubscriptionInner> visible = new LinkedHashMap<>();
    ResourceManager.authenticate(clients.armPipeline(), new AzureProfile(clients.tenant(), null,
        clients.cloud().environment())).subscriptions().list()
        .forEach(s -> visible.put(s.subscriptionId().toLowerCase(Locale.ROOT), s.innerModel()));
    String tenant = clients.tenant() != null ? clients.tenant().toLowerCase(Locale.ROOT)
        : visible.values().stream().map(SubscriptionInner::tenantId).filter(t -> t != null).findFirst()
            .map(t -> t.toLowerCase(Locale.ROOT)).orElse(null);
    Set<String> wanted = new LinkedHashSet<>();
    requested.forEach(r -> wanted.add(r.trim().toLowerCase(Locale.ROOT)));
    if (managementGroup != null) {
      wanted.addAll(below(clients, managementGroup));
    }
    List<String> scan = new ArrayList<>();
    List<SkippedLocation> skipped = new ArrayList<>();
    if (wanted.isEmpty()) {
      visible.forEach((id, s) -> {
        if (tenant != null && s.tenantId() != null && !tenant.equalsIgnoreCase(s.tenantId())) {
          // one scan reads one tenant: listed as not scanned, with how to scan it
          skipped.add(new SkippedLocation(id, "global", SkipCause.OTHER_PARTITION, "subscription of tenant "
              + s.tenantId() + " (this scan reads tenant " + tenant + "); scan it with --tenant " + s.tenantId()));
          return;
        }
        String state = s.state() == null ? "" : s.state().toString().toLowerCase(Locale.ROOT);
        if (ACTIVE.contains(state)) {
          scan.add(id);
        } else {
          skipped.add(new SkippedLocation(id, "global", SkipCause.NOT_ENABLED, "subscription state " + s.state()));
        }
      });
    } else {
      scan.addAll(wanted);
    }
    return new Plan(tenant, List.copyOf(scan), List.copyOf(skipped));
  }

  /** Every subscription below a management group (any depth). */
  private static List<String> below(AzureClients clients, String group) {
    List<String> out = new ArrayList<>();
    for (JsonNode d : clients.arm().list("/providers/Microsoft.Management/managementGroups/" + group
        + "/descendants?api-version=2020-05-01")) {
      if (d.path("type").asText().toLowerCase(Locale.ROOT).endsWith("/subscriptions")) {
        out.add(d.path("name").asText().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
