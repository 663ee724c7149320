package cloudscan.azure.collect.web;

import cloudscan.azure.collect.AzureRefs;
import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one App Service app's settings ({@code Microsoft.Web/sites} and its {@code config/web}) read as
 * facts. A field the answer leaves out or null is unread, never a default that passes.
 */
final class WebApps {

  private WebApps() { }

  /**
   * HTTPS: {@code minTlsVersion} (suites Microsoft-managed: not offered); {@code httpsOnly=false}
   * means plain HTTP is served too.
   */
  static TlsPolicy https(ResourceRef ref, JsonNode site, JsonNode config) {
    String min = text(config, "minTlsVersion");
    TlsVersion version = min == null ? TlsVersion.UNKNOWN : TlsVersion.parse(min);
    Known<List<TlsVersion>> protocols = !site.path("httpsOnly").isBoolean() ? Known.unread()
        : site.path("httpsOnly").asBoolean() ? Known.notOffered() : Known.of(List.of(TlsVersion.PLAINTEXT, version));
    String name = "minTlsVersion " + (min == null ? "(not read)" : min)
        + (site.path("httpsOnly").isBoolean() && !site.path("httpsOnly").asBoolean() ? ", httpsOnly=false" : "");
    return new TlsPolicy(ref, "https://" + site.path("defaultHostName").asText(ref.id()), name, version, protocols,
        Known.notOffered());
  }

  /**
   * FTP deployment: {@code ftpsState} AllAllowed accepts plain FTP; FtpsOnly and Disabled need no
   * fact of their own (FTPS follows the app's TLS settings; Disabled has no endpoint); a missing
   * state is unread.
   */
  static Optional<TlsPolicy> ftp(ResourceRef ftpOf, JsonNode site, JsonNode config) {
    String state = text(config, "ftpsState");
    if (state != null && !state.equalsIgnoreCase("AllAllowed")) {
      return Optional.empty();
    }
    ResourceRef ref = AzureRefs.ref(ftpOf.account(), ftpOf.location(), AppServiceCollector.TYPE + "/ftp",
        ftpOf.id() + "/ftp");
    Known<List<TlsVersion>> protocols = state == null ? Known.unread() : Known.of(List.of(TlsVersion.PLAINTEXT));
    return Optional.of(new TlsPolicy(ref, "ftp://" + site.path("defaultHostName").asText(ftpOf.id()),
        "ftpsState " + (state == null ? "(not read)" : state), TlsVersion.UNKNOWN, protocols, Known.of(List.of())));
  }

  /**
   * Public unless {@code publicNetworkAccess} is Disabled; who may connect from the access
   * restrictions: everyone when there are none or the default action is Allow; the sources of the
   * Allow rules when the default action is Deny, or (no default action given) when Allow rules exist
   * (they end with an implicit deny); nobody when the list only denies and ends with a deny of
   * {@code Any}; everyone when it only denies some sources. Deny rules only narrow the Allow rules'
   * sources, so leaving them out never hides exposure. Client certificates are required only with
   * {@code clientCertEnabled} and mode Required.
   */
  static PublicEndpoint endpoint(ResourceRef ref, JsonNode site, JsonNode config) {
    String access = text(site, "publicNetworkAccess");
    boolean disabled = access != null && access.equalsIgnoreCase("Disabled");
    Known<Boolean> certs = !site.path("clientCertEnabled").isBoolean() ? Known.unread()
        : Known.of(site.path("clientCertEnabled").asBoolean()
            && "Required".equalsIgnoreCase(site.path("clientCertMode").asText("Required")));
    return new PublicEndpoint(ref, PublicEndpoint.Kind.OTHER, Known.of(!disabled), sources(config), certs);
  }

  static Known<List<Peer>> sources(JsonNode config) {
    JsonNode rules = config.path("ipSecurityRestrictions");
    String fallback = text(config, "ipSecurityRestrictionsDefaultAction");
    if (!rules.isArray() || rules.isEmpty() || "Allow".equalsIgnoreCase(fallback)) {
      return PublicEndpoint.unrestricted();
    }
    boolean allows = false;
    boolean denyAll = false;
    for (JsonNode r : rules) {
      boolean allow = "Allow".equalsIgnoreCase(r.path("action").asText("Allow"));
      allows |= allow;
      denyAll |= !allow && "Any".equalsIgnoreCase(r.path("ipAddress").asText(""));
    }
    if (!"Deny".equalsIgnoreCase(fallback) && !allows && !denyAll) {
      return PublicEndpoint.unrestricted();
    }
    List<Peer> out = new ArrayList<>();
    for (JsonNode r : rules) {
      if (!"Allow".equalsIgnoreCase(r.path("action").asText("Allow"))) {
        continue;
      }
      String ip = text(r, "ipAddress");
      String subnet = text(r, "vnetSubnetResourceId");
      if (subnet != null) {
        out.add(new Peer.Group(AzureRefs.id(subnet)));
      } else if (ip == null || ip.equalsIgnoreCase("Any")) {
        out.add(Peer.of(Cidr.ANY));
      } else if ("ServiceTag".equalsIgnoreCase(r.path("tag").asText(""))) {
        out.add(new Peer.Tag(ip));
      } else {
        for (String one : ip.split(",")) {
          out.add(Peer.cidr(one.trim()));
        }
      }
    }
    return Known.of(out);
  }

  static Map<String, String> tags(JsonNode resource) {
    Map<String, String> out = new LinkedHashMap<>();
    resource.path("tags").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isMissingNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
