package cloudscan.azure.collect.network;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.network.NetworkManager;
import com.azure.resourcemanager.network.fluent.ApplicationGatewaysClient;
import com.azure.resourcemanager.network.fluent.models.ApplicationGatewayInner;
import com.azure.resourcemanager.network.fluent.models.ApplicationGatewaySslPredefinedPolicyInner;
import com.azure.resourcemanager.network.models.ApplicationGatewayHttpListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Application Gateways → one {@link TlsPolicy} per listener (HTTPS: the listener's SSL profile policy,
 * else the gateway's; predefined policies resolved through the service's own list of predefined
 * policies, read once per subscription and only when a gateway uses one; plain HTTP listeners that do
 * not only redirect to HTTPS list plaintext), {@link PublicEndpoint} (a public frontend IP; mutual TLS
 * when every TLS listener's profile trusts client certificates), and {@link NetworkAttachment} (the
 * NSG of the gateway's subnet sits in front of it).
 */
public final class ApplicationGatewayCollector implements Collector {

  private final AzureClients clients;

  public ApplicationGatewayCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "appgateway";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(TlsPolicy.class, PublicEndpoint.class, NetworkAttachment.class, Located.class, ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    ApplicationGatewaysClient gateways = clients.manager(sub, NetworkManager.class, NetworkManager::authenticate)
        .serviceClient().getApplicationGateways();
    List<ApplicationGatewayInner> all = Reads.unlessUnregistered(() -> gateways.list().stream().toList());
    if (all.isEmpty()) {
      return;
    }
    Reads.Fetched<Map<String, ApplicationGatewaySslPredefinedPolicyInner>> predefined = all.stream()
        .anyMatch(GatewayTls::usesPredefined)
        ? Reads.fetch(out, Set.of(TlsPolicy.class), () -> predefined(gateways)) : new Reads.Fetched<>(Map.of(), true);
    Reads.Fetched<Map<String, String>> subnetNsg = Reads.fetch(out, Set.of(NetworkAttachment.class), () -> subnetNsgs(sub));
    for (ApplicationGatewayInner g : all) {
      ResourceRef ref = AzureRefs.ref(sub, g.location(), g.type(), g.id());
      out.accept(Located.regional(ref));
      out.accept(new ResourceLabel(ref, g.name(), Known.of(g.tags() == null ? Map.of() : g.tags())));
      GatewayTls tls = new GatewayTls(g, predefined.ok() ? predefined.value() : null);
      for (ApplicationGatewayHttpListener l : g.httpListeners() == null ? List.<ApplicationGatewayHttpListener>of()
          : g.httpListeners()) {
        tls.listener(AzureRefs.ref(sub, g.location(), "microsoft.network/applicationgateways/httplisteners", l.id()), l)
            .ifPresent(out::accept);
      }
      out.accept(new PublicEndpoint(ref, PublicEndpoint.Kind.LOAD_BALANCER, Known.of(tls.publicFrontend()),
          PublicEndpoint.unrestricted(), Known.of(tls.mutualTlsEverywhere())));
      String subnet = tls.subnet();
      if (subnetNsg.ok() && subnet != null && subnetNsg.value().containsKey(subnet)) {
        out.accept(new NetworkAttachment(ref, List.of(new NetworkAttachment.Layer(List.of(subnetNsg.value().get(subnet)))),
            List.of()));
      }
    }
  }

  private static Map<String, ApplicationGatewaySslPredefinedPolicyInner> predefined(ApplicationGatewaysClient gateways) {
    Map<String, ApplicationGatewaySslPredefinedPolicyInner> out = new HashMap<>();
    gateways.listAvailableSslPredefinedPolicies().forEach(p -> out.put(p.name().toLowerCase(java.util.Locale.ROOT), p));
    return out;
  }

  private Map<String, String> subnetNsgs(String sub) {
    Map<String, String> out = new HashMap<>();
    NetworkSecurityCollector.securityGroups(clients, sub).forEach(n -> {
      if (n.subnets() != null) {
        n.subnets().forEach(s -> out.put(AzureRefs.id(s.id()), AzureRefs.id(n.id())));
      }
    });
    return out;
  }

}
