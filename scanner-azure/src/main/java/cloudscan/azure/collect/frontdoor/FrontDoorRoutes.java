package cloudscan.azure.collect.frontdoor;

import cloudscan.azure.collect.AzureRefs;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A Front Door profile's endpoints and routes, and the TLS of its domains. A route that accepts HTTP
 * and does not redirect it to HTTPS serves plain HTTP on every domain it lists (and on the endpoint's
 * default domain when linked to it). The default {@code *.azurefd.net} domain has no TLS setting of its
 * own: Front Door accepts TLS 1.2 and 1.3 only (TLS 1.0/1.1 minimums disallowed since 1 March 2025),
 * suites Microsoft-managed.
 */
record FrontDoorRoutes(List<JsonNode> endpoints, List<JsonNode> routes) {

  /** A custom domain: {@code tlsSettings.minimumTlsVersion}, custom suites when a customised set is given. */
  static TlsPolicy customDomain(ResourceRef ref, JsonNode domain, FrontDoorRoutes all) {
    JsonNode tls = domain.path("properties").path("tlsSettings");
    String min = tls.path("minimumTlsVersion").asText(null);
    TlsVersion version = min == null ? TlsVersion.UNKNOWN : TlsVersion.parse(min);
    JsonNode custom = tls.path("customizedCipherSuiteSet");
    Known<List<String>> suites = Known.notOffered();
    if (custom.isObject()) {
      List<String> names = new ArrayList<>();
      custom.path("cipherSuiteSetForTls12").forEach(s -> names.add(s.asText()));
      custom.path("cipherSuiteSetForTls13").forEach(s -> names.add(s.asText()));
      suites = Known.of(names);
    }
    boolean plain = all.routes.stream().anyMatch(r -> acceptsHttp(r) && listsDomain(r, ref.id()));
    return new TlsPolicy(ref, "https://" + domain.path("properties").path("hostName").asText(ref.id()),
        "minimumTlsVersion " + (min == null ? "(not read)" : min), version,
        plain ? Known.of(List.of(TlsVersion.PLAINTEXT, version)) : Known.notOffered(), suites);
  }

  /** An endpoint's default domain: TLS 1.2 minimum fixed by the service. */
  static TlsPolicy defaultDomain(ResourceRef ref, JsonNode endpoint, FrontDoorRoutes all) {
    boolean plain = all.routes.stream().anyMatch(r -> acceptsHttp(r)
        && !"Disabled".equalsIgnoreCase(r.path("properties").path("linkToDefaultDomain").asText("Enabled"))
        && AzureRefs.id(r.path("id").asText()).startsWith(ref.id() + "/"));
    return new TlsPolicy(ref, "https://" + endpoint.path("properties").path("hostName").asText(ref.id()),
        "Front Door default domain (service minimum TLS 1.2)", TlsVersion.TLS1_2,
        plain ? Known.of(List.of(TlsVersion.PLAINTEXT, TlsVersion.TLS1_2)) : Known.notOffered(), Known.notOffered());
  }

  private static boolean acceptsHttp(JsonNode route) {
    JsonNode p = route.path("properties");
    if ("Disabled".equalsIgnoreCase(p.path("enabledState").asText("Enabled"))) {
      return false;
    }
    boolean http = false;
    for (JsonNode proto : p.path("supportedProtocols")) {
      http |= "Http".equalsIgnoreCase(proto.asText());
    }
    return http && !"Enabled".equalsIgnoreCase(p.path("httpsRedirect").asText("Disabled"));
  }

  private static boolean listsDomain(JsonNode route, String domainId) {
    for (JsonNode d : route.path("properties").path("customDomains")) {
      if (AzureRefs.id(d.path("id").asText()).equals(domainId)) {
        return true;
      }
    }
    return false;
  }
}
