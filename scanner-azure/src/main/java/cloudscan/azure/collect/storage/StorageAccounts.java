package cloudscan.azure.collect.storage;

import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.ResourceFirewall;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import com.azure.resourcemanager.storage.fluent.models.StorageAccountInner;
import com.azure.resourcemanager.storage.models.Encryption;
import com.azure.resourcemanager.storage.models.NetworkRuleSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;

/** How one storage account's settings read as facts (redundancy, keys, TLS, network reach). */
final class StorageAccounts {

  /** The trusted-services bypass as a source: a provider service ({@code ProviderTags}). */

  private StorageAccounts() { }

  static String sku(StorageAccountInner a) {
    return a.sku() == null || a.sku().name() == null ? "" : a.sku().name().toString().toUpperCase(Locale.ROOT);
  }

  /** ZRS, GZRS and RA-GZRS keep copies in several zones of the primary region; LRS and (RA-)GRS do not. */
  static Known<Boolean> multiZone(StorageAccountInner a) {
    String s = sku(a);
    return s.isEmpty() ? Known.unread() : Known.of(s.endsWith("ZRS"));
  }

  /** GRS, RA-GRS, GZRS and RA-GZRS replicate to the secondary (paired) region. */
  static boolean geoReplicated(StorageAccountInner a) {
    String s = sku(a);
    return s.endsWith("_GRS") || s.endsWith("_RAGRS") || s.endsWith("_GZRS") || s.endsWith("_RAGZRS");
  }

  /** The customer-managed key's versionless URI, or null for Microsoft-managed keys. */
  static String keyRef(Encryption e) {
    if (e == null || e.keySource() == null || !"microsoft.keyvault".equalsIgnoreCase(e.keySource().toString())
        || e.keyVaultProperties() == null || e.keyVaultProperties().keyVaultUri() == null) {
      return null;
    }
    String vault = e.keyVaultProperties().keyVaultUri();
    return AzureRefs.id((vault.endsWith("/") ? vault : vault + "/") + "keys/" + e.keyVaultProperties().keyName());
  }

  /**
   * Minimum TLS only: the suites are Microsoft-managed and the protocol list is not offered. An
   * account that never set a minimum accepts TLS 1.0 (the service's documented default). "Secure
   * transfer required" off ({@code supportsHttpsTrafficOnly=false}) means plain HTTP is accepted
   * too: the protocols are then {@code [PLAINTEXT, minimum]}; the field missing is unread.
   */
  static TlsPolicy tls(ResourceRef ref, StorageAccountInner a) {
    TlsVersion min = a.minimumTlsVersion() == null ? TlsVersion.TLS1_0 : TlsVersion.parse(a.minimumTlsVersion().toString());
    String name = "minimumTlsVersion " + (a.minimumTlsVersion() == null ? "(not set: TLS1_0)" : a.minimumTlsVersion());
    Boolean httpsOnly = a.enableHttpsTrafficOnly();
    Known<List<TlsVersion>> protocols = httpsOnly == null ? Known.unread()
        : httpsOnly ? Known.notOffered() : Known.of(List.of(TlsVersion.PLAINTEXT, min));
    if (Boolean.FALSE.equals(httpsOnly)) {
      name += ", supportsHttpsTrafficOnly=false";
    }
    return new TlsPolicy(ref, "https://" + a.name() + ".*.core.windows.net", name, min, protocols, Known.notOffered());
  }

  static PublicEndpoint endpoint(ResourceRef ref, StorageAccountInner a) {
    boolean disabled = a.publicNetworkAccess() != null && "disabled".equalsIgnoreCase(a.publicNetworkAccess().toString());
    return new PublicEndpoint(ref, PublicEndpoint.Kind.OBJECT_STORAGE, Known.of(!disabled), sources(a.networkRuleSet()),
        Known.notOffered());
  }

  /**
   * Everyone when the default action is Allow; else the IP rules, the subnets of virtual-network
   * rules, and {@code AzureTrustedServices} when the bypass lets Microsoft's trusted services in
   * (a provider service, never the internet).
   */
  static Known<List<Peer>> sources(NetworkRuleSet acl) {
    return acl == null ? PublicEndpoint.unrestricted() : ResourceFirewall.sources(
        acl.defaultAction() == null ? null : acl.defaultAction().toString(),
        Stream.concat(ResourceFirewall.each(acl.ipRules()).map(r -> r.ipAddressOrRange()),
            ResourceFirewall.each(acl.ipv6Rules()).map(r -> r.ipAddressOrRange())),
        ResourceFirewall.each(acl.virtualNetworkRules()).map(r -> r.virtualNetworkResourceId()),
        Stream.empty(), acl.bypass() == null ? null : acl.bypass().toString());
  }
}
