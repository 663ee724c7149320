package cloudscan.aws.collect.acm;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.Certificate;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.acm.model.CertificateStatus;
import software.amazon.awssdk.services.acm.model.CertificateSummary;
import software.amazon.awssdk.services.acm.model.KeyAlgorithm;

/**
 * ACM certificates → {@link Certificate}. Key algorithm, expiry and use come from the listing
 * (asked for every key type: by default ListCertificates shows RSA certificates only); the
 * signature algorithm, which the listing lacks, from DescribeCertificate. Requests that never
 * produced a certificate (pending, failed, timed out) are skipped.
 */
public final class AcmCollector implements Collector {

  private static final Set<CertificateStatus> NEVER_ISSUED = Set.of(CertificateStatus.PENDING_VALIDATION,
      CertificateStatus.FAILED, CertificateStatus.VALIDATION_TIMED_OUT);

  private final AwsClients clients;

  public AcmCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "acm";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Certificate.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    AcmClient acm = clients.client(target, AcmClient.class, AcmClient::builder);
    Set<KeyAlgorithm> allKeyTypes = KeyAlgorithm.knownValues();
    acm.listCertificatesPaginator(r -> r.includes(i -> i.keyTypes(allKeyTypes))).certificateSummaryList().stream()
        .filter(c -> !NEVER_ISSUED.contains(c.status()))
        .forEach(c -> out.accept(certificate(acm, target, c, out)));
  }

  private static Certificate certificate(AcmClient acm, Target target, CertificateSummary c, FactSink out) {
    ResourceRef ref = AwsRefs.withId(target, target.location(), "acm", "certificate", c.certificateArn());
    return new Certificate(ref, c.domainName(), Known.ofNullable(c.keyAlgorithmAsString()),
        signatureAlgorithm(acm, c, out), Known.ofNullable(c.notAfter()), Known.ofNullable(c.inUse()));
  }

  /** Unread (and a gap) when DescribeCertificate fails: the rest of the certificate is still known. */
  private static Known<String> signatureAlgorithm(AcmClient acm, CertificateSummary c, FactSink out) {
    try {
      return Known.ofNullable(acm.describeCertificate(r -> r.certificateArn(c.certificateArn())).certificate()
          .signatureAlgorithm());
    } catch (SdkException e) {
      out.gap(e, Set.of(Certificate.class));
      return Known.unread();
    }
  }
}
