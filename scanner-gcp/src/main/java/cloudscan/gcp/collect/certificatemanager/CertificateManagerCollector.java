package cloudscan.gcp.collect.certificatemanager;

import cloudscan.core.fact.Certificate;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.Pem;
import cloudscan.gcp.collect.Listed;
import com.google.cloud.certificatemanager.v1.ListCertificatesResponse;
import java.util.Set;

/**
 * Certificate Manager certificates of every location ({@code locations/-}) → {@link Certificate}:
 * key algorithm and size, signature algorithm and expiry read from {@code pemCertificate} (whether
 * it is in use is not read: every certificate is judged). A managed
 * certificate not issued yet has no certificate to read: its key and signature are unknown.
 * Locations the API reports as {@code unreachable} are a gap, never "no certificates there".
 */
public final class CertificateManagerCollector implements Collector {

  static final String TYPE = "certificatemanager.googleapis.com/Certificate";

  private final GcpContext ctx;

  public CertificateManagerCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "certificatemanager";
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
    String parent = "projects/" + target.account() + "/locations/-";
    Listed<com.google.cloud.certificatemanager.v1.Certificate> certs = Listed.read("certificatemanager.certs.list",
        () -> ctx.gapic().certificateManager().listCertificates(parent).iteratePages(),
        ListCertificatesResponse::getUnreachableList);
    certs.items().forEach(c -> out.accept(certificate(target, c)));
    certs.gapIfUnreachable(out, "Certificate Manager", "certificates", produces());
  }

  static Certificate certificate(Target target, com.google.cloud.certificatemanager.v1.Certificate c) {
    ResourceRef ref = GcpContext.ref(target, location(c.getName()), TYPE, c.getName());
    String domain = c.getSanDnsnamesCount() > 0 ? c.getSanDnsnames(0)
        : c.hasManaged() && c.getManaged().getDomainsCount() > 0 ? c.getManaged().getDomains(0) : GcpContext.last(c.getName());
    Pem.Parsed pem = Pem.parse(c.getPemCertificate());
    // whether a map entry or proxy uses it (usedBy) is not in the client of this BOM: not read
    return new Certificate(ref, domain, pem.keyAlgorithm(), pem.signatureAlgorithm(), pem.notAfter(), Known.unread());
  }

  /** {@code projects/p/locations/L/certificates/n} → {@code L}. */
  static String location(String name) {
    String[] p = name.split("/");
    return p.length > 3 && p[2].equals("locations") ? p[3] : "global";
  }
}
