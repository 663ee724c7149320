package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.Certificate;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.Pem;
import com.google.cloud.compute.v1.SslCertificate;
import com.google.cloud.compute.v1.SslCertificatesScopedList;
import com.google.cloud.compute.v1.TargetHttpsProxy;
import java.util.HashSet;
import java.util.Set;

/**
 * Load-balancer SSL certificates (self-managed and Google-managed) → {@link Certificate}: key
 * algorithm and size, signature algorithm and expiry read from the certificate itself; in use
 * when a target HTTPS or SSL proxy serves it. A managed certificate not yet issued has no
 * certificate to read: its key and signature are unknown.
 */
public final class CertificateCollector implements Collector {

  private final GcpContext ctx;

  public CertificateCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "compute";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Certificate.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    String project = target.account();
    Set<String> served = new HashSet<>();
    Aggregated<TargetHttpsProxy> https = ComputeReads.httpsProxies(ctx, project);
    https.items().forEach(p -> p.getSslCertificatesList().forEach(c -> served.add(ComputeReads.name(c))));
    ComputeReads.sslProxies(ctx, project).forEach(p -> p.getSslCertificatesList().forEach(c -> served.add(ComputeReads.name(c))));
    Aggregated<SslCertificate> certs = Aggregated.read("compute.sslCertificates.list",
        () -> ctx.compute().sslCertificates().aggregatedList(project).iteratePages(), SslCertificatesScopedList::getSslCertificatesList);
    certs.gapIfPartial(out, "SSL certificates", produces());
    // with a proxy of an unreachable region left out, "not served" would be a guess
    boolean allProxies = https.unreachable().isEmpty();
    certs.items().forEach(c -> out.accept(certificate(target, c, served, allProxies)));
  }

  private static Certificate certificate(Target target, SslCertificate c, Set<String> served, boolean allProxies) {
    String name = ComputeReads.name(c.getSelfLink());
    String region = name.contains("/regions/") ? name.split("/")[3] : "global";
    var ref = GcpContext.ref(target, region, "compute.googleapis.com/SslCertificate", "//compute.googleapis.com/" + name);
    String domain = c.getSubjectAlternativeNamesCount() > 0 ? c.getSubjectAlternativeNames(0)
        : c.hasManaged() && c.getManaged().getDomainsCount() > 0 ? c.getManaged().getDomains(0) : c.getName();
    Pem.Parsed pem = Pem.parse(c.getCertificate());
    return new Certificate(ref, domain, pem.keyAlgorithm(), pem.signatureAlgorithm(), pem.notAfter(),
        served.contains(name) || allProxies ? Known.of(served.contains(name)) : Known.unread());
  }
}
