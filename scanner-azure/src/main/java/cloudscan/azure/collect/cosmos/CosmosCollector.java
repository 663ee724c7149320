package cloudscan.azure.collect.cosmos;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cosmos DB accounts (no served library: one raw GET per subscription, {@code 2024-11-15}) →
 * {@link Located} at the write region, a {@link Replica} for every other region the account
 * replicates to, {@link DataStore} (zone redundancy of the write region) and {@link PublicEndpoint}
 * (public network access, IP rules, virtual-network rules).
 */
public final class CosmosCollector implements Collector {

  static final String API = "2024-11-15";

  private final AzureClients clients;

  public CosmosCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "cosmosdb";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Located.class, Replica.class, DataStore.class, PublicEndpoint.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    for (JsonNode a : Reads.unlessUnregistered(() -> clients.arm().list("/subscriptions/" + sub
        + "/providers/Microsoft.DocumentDB/databaseAccounts?api-version=" + API))) {
      JsonNode p = a.path("properties");
      JsonNode write = null;
      for (JsonNode l : p.path("locations")) {
        if (l.path("failoverPriority").asInt(-1) == 0) {
          write = l;
        }
      }
      String home = write != null ? write.path("locationName").asText() : a.path("location").asText();
      ResourceRef ref = AzureRefs.ref(sub, home, a.path("type").asText(), a.path("id").asText());
      out.accept(Located.regional(ref));
      for (JsonNode l : p.path("locations")) {
        if (l.path("failoverPriority").asInt(0) > 0) {
          out.accept(new Replica(ref, "Cosmos DB region (failover priority " + l.path("failoverPriority").asInt() + ")",
              sub, AzureRefs.location(l.path("locationName").asText())));
        }
      }
      out.accept(new DataStore(ref, StoreKind.NOSQL, write != null && write.has("isZoneRedundant")
          ? Known.of(write.path("isZoneRedundant").asBoolean()) : Known.unread()));
      out.accept(endpoint(ref, p));
    }
  }

  private static PublicEndpoint endpoint(ResourceRef ref, JsonNode p) {
    boolean disabled = "disabled".equalsIgnoreCase(p.path("publicNetworkAccess").asText("Enabled"));
    List<Peer> sources = new ArrayList<>();
    p.path("ipRules").forEach(r -> sources.add(new Peer.Network(Cidr.parse(r.path("ipAddressOrRange").asText()))));
    if (p.path("isVirtualNetworkFilterEnabled").asBoolean(false)) {
      p.path("virtualNetworkRules").forEach(r -> sources.add(new Peer.Group(AzureRefs.id(r.path("id").asText()))));
    }
    Known<List<Peer>> allowed = sources.isEmpty() ? PublicEndpoint.unrestricted() : Known.of(sources);
    return new PublicEndpoint(ref, PublicEndpoint.Kind.DATABASE, Known.of(!disabled), allowed, Known.notOffered());
  }
}
