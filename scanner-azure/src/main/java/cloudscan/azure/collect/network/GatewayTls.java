package cloudscan.azure.collect.network;

import cloudscan.azure.collect.AzureRefs;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import com.azure.core.management.SubResource;
import com.azure.resourcemanager.network.fluent.models.ApplicationGatewayInner;
import com.azure.resourcemanager.network.fluent.models.ApplicationGatewayRedirectConfigurationInner;
import com.azure.resourcemanager.network.fluent.models.ApplicationGatewayRequestRoutingRuleInner;
import com.azure.resourcemanager.network.fluent.models.ApplicationGatewaySslPredefinedPolicyInner;
import com.azure.resourcemanager.network.models.ApplicationGatewayHttpListener;
import com.azure.resourcemanager.network.models.ApplicationGatewayProtocol;
import com.azure.resourcemanager.network.models.ApplicationGatewaySslPolicy;
import com.azure.resourcemanager.network.models.ApplicationGatewaySslPolicyType;
import com.azure.resourcemanager.network.models.ApplicationGatewaySslProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The TLS a gateway's listeners offer. A gateway without an SSL policy gets the default of the API
 * version that created it, which the answer does not say: unread. A predefined policy missing from
 * the service's list is unread too. A legacy policy that only disables protocols keeps the default
 * suites, which are not listed: unread suites.
 */
final class GatewayTls {

  private static final List<TlsVersion> LEGACY = List.of(TlsVersion.TLS1_0, TlsVersion.TLS1_1, TlsVersion.TLS1_2);

  private final ApplicationGatewayInner gateway;
  private final Map<String, ApplicationGatewaySslPredefinedPolicyInner> predefined;

  /** {@code predefined} null: the list of predefined policies could not be read. */
  GatewayTls(ApplicationGatewayInner gateway, Map<String, ApplicationGatewaySslPredefinedPolicyInner> predefined) {
    this.gateway = gateway;
    this.predefined = predefined;
  }

  static boolean usesPredefined(ApplicationGatewayInner g) {
    List<ApplicationGatewaySslPolicy> policies = new ArrayList<>();
    policies.add(g.sslPolicy());
    if (g.sslProfiles() != null) {
      g.sslProfiles().forEach(p -> policies.add(p.sslPolicy()));
    }
    return policies.stream().anyMatch(p -> p != null && p.policyName() != null
        && (p.policyType() == null || ApplicationGatewaySslPolicyType.PREDEFINED.equals(p.policyType())));
  }

  /** The listener's TLS; empty for a plain HTTP listener that only redirects to HTTPS. */
  Optional<TlsPolicy> listener(ResourceRef ref, ApplicationGatewayHttpListener l) {
    String host = l.hostname() != null ? l.hostname()
        : l.hostNames() != null && !l.hostNames().isEmpty() ? l.hostNames().get(0) : "*";
    if (ApplicationGatewayProtocol.HTTP.equals(l.protocol())) {
      return redirectsToHttps(l) ? Optional.empty() : Optional.of(new TlsPolicy(ref, "http://" + host,
          "HTTP listener " + l.name(), TlsVersion.UNKNOWN, Known.of(List.of(TlsVersion.PLAINTEXT)), Known.of(List.of())));
    }
    ApplicationGatewaySslPolicy policy = policyOf(l);
    String endpoint = "https://" + host;
    if (policy == null) {
      return Optional.of(new TlsPolicy(ref, endpoint, "no SSL policy (default of the creating API version)",
          TlsVersion.UNKNOWN, Known.unread(), Known.unread()));
    }
    if (policy.policyName() != null && (policy.policyType() == null
        || ApplicationGatewaySslPolicyType.PREDEFINED.equals(policy.policyType()))) {
      String name = policy.policyName().toString();
      ApplicationGatewaySslPredefinedPolicyInner p = predefined == null ? null
          : predefined.get(name.toLowerCase(Locale.ROOT));
      return Optional.of(p == null
          ? new TlsPolicy(ref, endpoint, name, TlsVersion.UNKNOWN, Known.unread(), Known.unread())
          : new TlsPolicy(ref, endpoint, name, version(p.minProtocolVersion()), Known.notOffered(), suites(p.cipherSuites())));
    }
    if (policy.policyType() != null) {
      return Optional.of(new TlsPolicy(ref, endpoint, policy.policyType() + " policy", version(policy.minProtocolVersion()),
          Known.notOffered(), suites(policy.cipherSuites())));
    }
    List<TlsVersion> left = new ArrayList<>(LEGACY);
    if (policy.disabledSslProtocols() != null) {
      policy.disabledSslProtocols().forEach(d -> left.remove(TlsVersion.parse(d.toString())));
    }
    return Optional.of(new TlsPolicy(ref, endpoint, "disabledSslProtocols " + policy.disabledSslProtocols(),
        TlsVersion.UNKNOWN, Known.of(left), Known.unread()));
  }

  boolean publicFrontend() {
    return gateway.frontendIpConfigurations() != null
        && gateway.frontendIpConfigurations().stream().anyMatch(f -> f.publicIpAddress() != null);
  }

  /** Every listener is TLS and its SSL profile trusts client certificates (mutual TLS). */
  boolean mutualTlsEverywhere() {
    List<ApplicationGatewayHttpListener> ls = gateway.httpListeners() == null ? List.of() : gateway.httpListeners();
    return !ls.isEmpty() && ls.stream().allMatch(l -> !ApplicationGatewayProtocol.HTTP.equals(l.protocol())
        && profileOf(l).map(p -> p.trustedClientCertificates() != null && !p.trustedClientCertificates().isEmpty())
            .orElse(false));
  }

  /** The gateway's subnet (lower case), or null. */
  String subnet() {
    return gateway.gatewayIpConfigurations() == null ? null : gateway.gatewayIpConfigurations().stream()
        .map(c -> c.subnet()).filter(Objects::nonNull).map(s -> AzureRefs.id(s.id())).findFirst().orElse(null);
  }

  private ApplicationGatewaySslPolicy policyOf(ApplicationGatewayHttpListener l) {
    return profileOf(l).map(ApplicationGatewaySslProfile::sslPolicy).filter(Objects::nonNull).orElse(gateway.sslPolicy());
  }

  private Optional<ApplicationGatewaySslProfile> profileOf(ApplicationGatewayHttpListener l) {
    if (l.sslProfile() == null || gateway.sslProfiles() == null) {
      return Optional.empty();
    }
    return gateway.sslProfiles().stream().filter(p -> same(p.id(), l.sslProfile())).findFirst();
  }

  /** Every routing rule of the listener redirects to an HTTPS listener or an https:// URL. */
  private boolean redirectsToHttps(ApplicationGatewayHttpListener l) {
    List<ApplicationGatewayRequestRoutingRuleInner> rules = gateway.requestRoutingRules() == null ? List.of()
        : gateway.requestRoutingRules().stream().filter(r -> same(l.id(), r.httpListener())).toList();
    return !rules.isEmpty() && rules.stream().allMatch(r -> r.redirectConfiguration() != null
        && redirect(r.redirectConfiguration()).map(this::toHttps).orElse(false));
  }

  private Optional<ApplicationGatewayRedirectConfigurationInner> redirect(SubResource ref) {
    return gateway.redirectConfigurations() == null ? Optional.empty()
        : gateway.redirectConfigurations().stream().filter(c -> same(c.id(), ref)).findFirst();
  }

  private boolean toHttps(ApplicationGatewayRedirectConfigurationInner c) {
    if (c.targetUrl() != null) {
      return c.targetUrl().toLowerCase(Locale.ROOT).startsWith("https://");
    }
    return c.targetListener() != null && gateway.httpListeners().stream()
        .anyMatch(t -> same(t.id(), c.targetListener()) && !ApplicationGatewayProtocol.HTTP.equals(t.protocol()));
  }

  private static boolean same(String id, SubResource ref) {
    return id != null && ref != null && ref.id() != null && AzureRefs.id(id).equals(AzureRefs.id(ref.id()));
  }

  private static TlsVersion version(Object v) {
    return v == null ? TlsVersion.UNKNOWN : TlsVersion.parse(v.toString());
  }

  private static Known<List<String>> suites(List<?> suites) {
    return suites == null ? Known.unread() : Known.of(suites.stream().map(Object::toString).toList());
  }
}
