package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.compute.v1.SslPolicy;
import com.google.cloud.compute.v1.TargetHttpsProxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Target HTTPS and SSL proxies (what terminates TLS for external load balancers) → one
 * {@link TlsPolicy} each, from the SSL policy attached: minimum TLS version and enabled features
 * (cipher suites). A proxy without a policy uses Google's default (COMPATIBLE profile, TLS 1.0).
 * An SSL policy is a minimum, so the protocol list is not offered.
 */
public final class TlsCollector implements Collector {

  static final String DEFAULT_POLICY = "Google default SSL policy (COMPATIBLE, TLS 1.0)";

  private final GcpContext ctx;

  public TlsCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "compute";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(TlsPolicy.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    String project = target.account();
    Map<String, SslPolicy> policies = new HashMap<>();
    GcpCall.list("compute.sslPolicies.list", () -> ctx.compute().sslPolicies().list(project).iterateAll())
        .forEach(p -> policies.put(ComputeReads.name(p.getSelfLink()), p));
    Aggregated<TargetHttpsProxy> https = ComputeReads.httpsProxies(ctx, project);
    https.gapIfPartial(out, "HTTPS proxies", produces());
    https.items().forEach(p ->
        out.accept(policy(target, "compute.googleapis.com/TargetHttpsProxy", p.getSelfLink(), p.getSslPolicy(), policies)));
    ComputeReads.sslProxies(ctx, project).forEach(p ->
        out.accept(policy(target, "compute.googleapis.com/TargetSslProxy", p.getSelfLink(), p.getSslPolicy(), policies)));
  }

  private static TlsPolicy policy(Target target, String type, String proxy, String sslPolicy, Map<String, SslPolicy> policies) {
    String name = ComputeReads.name(proxy);
    String region = name.contains("/regions/") ? name.split("/")[3] : "global";
    var ref = GcpContext.ref(target, region, type, "//compute.googleapis.com/" + name);
    if (sslPolicy == null || sslPolicy.isEmpty()) {
      return new TlsPolicy(ref, name, DEFAULT_POLICY, TlsVersion.TLS1_0, Known.notOffered(), Known.unread());
    }
    SslPolicy p = policies.get(ComputeReads.name(sslPolicy));
    if (p == null) {
      // a regional or another project's policy this read did not list: unknown, never the default
      return new TlsPolicy(ref, name, ComputeReads.name(sslPolicy), TlsVersion.UNKNOWN, Known.notOffered(), Known.unread());
    }
    List<String> features = p.getEnabledFeaturesList();
    return new TlsPolicy(ref, name, p.getName() + " (" + p.getProfile() + ")", TlsVersion.parse(p.getMinTlsVersion()),
        Known.notOffered(), features.isEmpty() ? Known.unread() : Known.of(features));
  }
}
