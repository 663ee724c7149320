package cloudscan.aws.collect.cloudfront;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.DistributionList;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;
import software.amazon.awssdk.services.cloudfront.model.ViewerCertificate;

/**
 * CloudFront distributions (global) → {@link TlsPolicy} for viewers (the security policy named by
 * MinimumProtocolVersion, with the protocols and suites the CloudFront Developer Guide documents
 * for it: {@link ViewerPolicies}; a policy name not in that table stays unread) and
 * {@link Located} in {@code global}: edge locations abroad may cache the content whatever the
 * price class.
 */
public final class CloudFrontCollector implements Collector {

  /** What CloudFront enforces on its own *.cloudfront.net certificate, whatever is configured. */
  static final String DEFAULT_CERTIFICATE_POLICY = "TLSv1";

  private final AwsClients clients;

  public CloudFrontCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "cloudfront";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(TlsPolicy.class, Located.class);
  }

  /**
   * Partitions with CloudFront of their own (aws, aws-cn, aws-eusc). The SDK resolves CloudFront in
   * aws-us-gov to the commercial endpoint, where GovCloud credentials do not exist: GovCloud has no
   * CloudFront (its users run distributions from a commercial account), so there is none to find.
   */
  private static final Set<String> WITH_CLOUDFRONT = Set.of("aws", "aws-cn", "aws-eusc");

  @Override
  public void collect(Target target, FactSink out) {
    if (!WITH_CLOUDFRONT.contains(clients.partition())) {
      return;
    }
    CloudFrontClient cf = clients.client(target, CloudFrontClient.class, CloudFrontClient::builder);
    String marker = null;
    do { // the SDK defines no paginator for ListDistributions
      String m = marker;
      DistributionList page = cf.listDistributions(r -> r.marker(m)).distributionList();
      page.items().forEach(d -> {
        ResourceRef ref = AwsRefs.withId(target, target.location(), "cloudfront", "distribution", d.arn());
        out.accept(Located.regional(ref));
        viewerCertificate(cf, d, out).ifPresent(vc -> out.accept(viewerTls(ref, d, vc)));
      });
      marker = Boolean.TRUE.equals(page.isTruncated()) ? page.nextMarker() : null;
    } while (marker != null && !marker.isEmpty());
  }

  /**
   * The listing carries the viewer certificate; emulators that drop it from the summary get one
   * GetDistributionConfig. Empty (and a gap) when that fails too.
   */
  private static Optional<ViewerCertificate> viewerCertificate(CloudFrontClient cf, DistributionSummary d,
      FactSink out) {
    if (d.viewerCertificate() != null) {
      return Optional.of(d.viewerCertificate());
    }
    try {
      return Optional.ofNullable(cf.getDistributionConfig(r -> r.id(d.id())).distributionConfig().viewerCertificate());
    } catch (SdkException e) {
      out.gap(e, Set.of(TlsPolicy.class));
      return Optional.empty();
    }
  }

  static TlsPolicy viewerTls(ResourceRef ref, DistributionSummary d, ViewerCertificate vc) {
    String policy = policyName(vc);
    // The security policy fixes protocols and suites (documented table); an unknown name stays unread.
    return new TlsPolicy(ref, d.domainName() + ":443", policy, minimumVersion(policy),
        ViewerPolicies.protocols(policy).<Known<List<TlsVersion>>>map(Known::of).orElse(Known.unread()),
        ViewerPolicies.suites(policy).<Known<List<String>>>map(Known::of).orElse(Known.unread()));
  }

  /** With the default certificate CloudFront uses TLSv1 no matter what MinimumProtocolVersion says. */
  static String policyName(ViewerCertificate vc) {
    if (Boolean.TRUE.equals(vc.cloudFrontDefaultCertificate())
        || vc.minimumProtocolVersionAsString() == null) {
      return DEFAULT_CERTIFICATE_POLICY;
    }
    return vc.minimumProtocolVersionAsString();
  }

  /** {@code TLSv1.2_2021} → 1.2; the year suffix must not be read as a version ({@code TLSv1_2016} is 1.0). */
  static TlsVersion minimumVersion(String policy) {
    int suffix = policy.indexOf('_');
    return TlsVersion.parse(suffix < 0 ? policy : policy.substring(0, suffix));
  }
}
