package cloudscan.aws.collect.elbv2;

import cloudscan.core.fact.TlsVersion;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Cipher;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeSslPoliciesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SslPolicy;

/**
 * The region's predefined SSL policies, read live with one DescribeSSLPolicies listing (never
 * hard-coded: AWS adds policies, e.g. the post-quantum ones of 2025) per target, only when the
 * target has a TLS listener.
 */
final class SslPolicies {

  private SslPolicies() { }

  /** Every policy the region lists, by name: one DescribeSSLPolicies call (more only if paged). */
  static Map<String, SslPolicy> load(ElasticLoadBalancingV2Client elb) {
    Map<String, SslPolicy> out = new HashMap<>();
    String marker = null;
    do {
      String m = marker;
      DescribeSslPoliciesResponse page = elb.describeSSLPolicies(r -> r.marker(m));
      page.sslPolicies().forEach(p -> out.put(p.name(), p));
      marker = page.nextMarker();
    } while (marker != null && !marker.isEmpty());
    return out;
  }

  static List<TlsVersion> protocols(SslPolicy policy) {
    return policy.sslProtocols().stream().map(TlsVersion::parse).distinct().sorted().toList();
  }

  /** Suites in the order the load balancer prefers them (OpenSSL names; TLS 1.3 ones in IANA form). */
  static List<String> ciphers(SslPolicy policy) {
    return policy.ciphers().stream()
        .sorted(Comparator.comparing(Cipher::priority, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(Cipher::name)
        .toList();
  }
}
