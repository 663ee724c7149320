package cloudscan.aws.collect.elbv2;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.JapanLocations;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.Residency;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SslPolicy;

/**
 * Application and Network Load Balancers → {@link PublicEndpoint} (internet-facing or internal;
 * the security groups in front are judged from their own rules) and {@link Located} (in their
 * zones, so one in a Local Zone abroad shows); HTTPS and TLS listeners →
 * {@link TlsPolicy} with the SSL policy's protocols and suites resolved live. Plain HTTP/TCP/UDP
 * listeners offer no TLS, whatever SslPolicy an emulator reports on them.
 */
public final class Elbv2Collector implements Collector {

  private static final Set<String> TLS_PROTOCOLS = Set.of("HTTPS", "TLS");

  private final AwsClients clients;

  public Elbv2Collector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "elasticloadbalancing";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(PublicEndpoint.class, TlsPolicy.class, Located.class, NetworkAttachment.class);
  }

  private record TlsListener(LoadBalancer lb, Listener listener) { }

  @Override
  public void collect(Target target, FactSink out) {
    ElasticLoadBalancingV2Client elb = clients.client(target, ElasticLoadBalancingV2Client.class,
        ElasticLoadBalancingV2Client::builder);
    List<LoadBalancer> lbs = elb.describeLoadBalancersPaginator(r -> { }).loadBalancers().stream().toList();
    lbs.forEach(lb -> {
      ResourceRef ref = ref(target, "loadbalancer", lb.loadBalancerArn());
      Known<Boolean> internetFacing = lb.schemeAsString() == null ? Known.unread()
          : Known.of("internet-facing".equals(lb.schemeAsString()));
      out.accept(new PublicEndpoint(ref, PublicEndpoint.Kind.LOAD_BALANCER, internetFacing,
          PublicEndpoint.unrestricted(), Known.of(false)));
      out.accept(Located.zonal(ref, zone(target, lb)));
      if (!lb.securityGroups().isEmpty()) {
        // Its security groups decide who reaches a public balancer (a Network Load Balancer
        // without any passes traffic on to its targets and stays judged as open).
        out.accept(new NetworkAttachment(ref, List.of(new NetworkAttachment.Layer(lb.securityGroups().stream()
            .map(g -> AwsRefs.regional(clients, target, "ec2", "security-group", g).id()).toList())), List.of()));
      }
    });
    // Listeners per balancer, concurrently; one balancer whose listeners fail is a gap for it alone.
    List<TlsListener> tls = new ArrayList<>();
    clients.items().map(out, Set.of(TlsPolicy.class), lbs, lb -> elb
        .describeListenersPaginator(r -> r.loadBalancerArn(lb.loadBalancerArn())).listeners().stream()
        .filter(l -> TLS_PROTOCOLS.contains(l.protocolAsString()))
        .map(l -> new TlsListener(lb, l)).toList()).forEach(tls::addAll);
    if (tls.isEmpty()) {
      return;
    }
    Map<String, SslPolicy> policies;
    try {
      policies = SslPolicies.load(elb);
    } catch (SdkException e) {
      out.gap(e, Set.of(TlsPolicy.class));
      return;
    }
    tls.forEach(t -> out.accept(tlsPolicy(target, t, policies.get(t.listener().sslPolicy()))));
  }

  /**
   * Where a balancer terminates traffic: of its zones, one abroad if any (a Local Zone such as
   * Taipei's under Tokyo), else the first; null (unread) when the answer lists none.
   */
  private static String zone(Target target, LoadBalancer lb) {
    List<String> zones = lb.availabilityZones().stream().map(z -> z.zoneName()).filter(z -> z != null).toList();
    return zones.stream().filter(z -> JapanLocations.judge(Cloud.AWS, target.location(), z) == Residency.ABROAD)
        .findFirst().orElse(zones.isEmpty() ? null : zones.get(0));
  }

  /** A policy the region does not list keeps its name and is judged as unknown. */
  private static TlsPolicy tlsPolicy(Target target, TlsListener t, SslPolicy policy) {
    ResourceRef ref = ref(target, "listener", t.listener().listenerArn());
    String endpoint = t.lb().dnsName() + ":" + t.listener().port();
    String name = t.listener().sslPolicy();
    if (policy == null) {
      return new TlsPolicy(ref, endpoint, name, TlsVersion.UNKNOWN, Known.unread(), Known.unread());
    }
    List<TlsVersion> protocols = SslPolicies.protocols(policy);
    TlsVersion min = protocols.stream().filter(v -> v != TlsVersion.UNKNOWN).findFirst().orElse(TlsVersion.UNKNOWN);
    return new TlsPolicy(ref, endpoint, name, min, Known.of(protocols), Known.of(SslPolicies.ciphers(policy)));
  }

  private static ResourceRef ref(Target target, String kind, String arn) {
    return AwsRefs.withId(target, target.location(), "elasticloadbalancing", kind, arn);
  }
}
