package cloudscan.azure.collect.keyvault;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.ResourceFirewall;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.keyvault.KeyVaultManager;
import com.azure.resourcemanager.keyvault.fluent.KeysClient;
import com.azure.resourcemanager.keyvault.fluent.models.VaultInner;
import com.azure.resourcemanager.keyvault.models.NetworkRuleSet;
import com.azure.resourcemanager.keyvault.models.VaultProperties;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.Set;

/**
 * Key Vault vaults → {@link Located}, {@link PublicEndpoint} (public network access, firewall IP and
 * virtual-network rules) and their keys through the management plane → {@link CryptoKey} (one GET
 * per key: the key list carries no type or size). Never the data plane, never key material or
 * secrets. A key is identified by its versionless key URI, the form storage and disk encryption
 * settings name it in. Purge protection is the key's deletion protection.
 */
public final class KeyVaultCollector implements Collector {

  static final String KEY_TYPE = "microsoft.keyvault/vaults/keys";

  private final AzureClients clients;

  public KeyVaultCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "keyvault";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(CryptoKey.class, PublicEndpoint.class, Located.class, ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    KeyVaultManager kv = clients.manager(sub, KeyVaultManager.class, KeyVaultManager::authenticate);
    for (VaultInner v : vaults(clients, sub)) {
      ResourceRef ref = AzureRefs.ref(sub, v.location(), v.type(), v.id());
      VaultProperties p = v.properties();
      out.accept(Located.regional(ref));
      out.accept(new ResourceLabel(ref, v.name(), Known.of(v.tags() == null ? Map.of() : v.tags())));
      out.accept(endpoint(ref, p));
      // Key Vault leaves enablePurgeProtection out until it is turned on; without properties nothing is known
      Known<Boolean> purge = p == null ? Known.unread() : Known.of(Boolean.TRUE.equals(p.enablePurgeProtection()));
      keys(kv.serviceClient().getKeys(), sub, v, purge, out);
    }
  }

  private void keys(KeysClient keys, String sub, VaultInner v, Known<Boolean> purge, FactSink out) {
    String group = AzureRefs.groupOf(v.id());
    clients.listThenGet(out, Set.of(CryptoKey.class), () -> keys.list(group, v.name()).stream().toList(),
        item -> keys.get(group, v.name(), item.name()), (item, key) -> {
          String uri = key.keyUri() != null ? key.keyUri() : v.properties().vaultUri() + "keys/" + item.name();
          ResourceRef ref = AzureRefs.ref(sub, v.location(), KEY_TYPE, uri);
          out.accept(VaultKeys.key(ref, key, purge));
          out.accept(Located.regional(ref));
        });
  }

  /** Every vault of the subscription, read once per scan (the certificate collector needs them too). */
  static List<VaultInner> vaults(AzureClients clients, String sub) {
    return clients.shared("keyvault:Vaults_ListBySubscription|" + sub, () -> Reads.unlessUnregistered(
        () -> clients.manager(sub, KeyVaultManager.class, KeyVaultManager::authenticate)
            .serviceClient().getVaults().listBySubscription().stream().toList()));
  }

  /** Public unless public network access is Disabled; a Deny default admits only the listed sources. */
  static PublicEndpoint endpoint(ResourceRef ref, VaultProperties p) {
    if (p == null) {
      return new PublicEndpoint(ref, PublicEndpoint.Kind.KEY_VAULT, Known.unread(), Known.unread(), Known.notOffered());
    }
    boolean disabled = "disabled".equalsIgnoreCase(p.publicNetworkAccess());
    return new PublicEndpoint(ref, PublicEndpoint.Kind.KEY_VAULT, Known.of(!disabled), sources(p.networkAcls()),
        Known.notOffered());
  }

  /**
   * Who may connect: everyone when the default action is Allow (or no ACL is set); otherwise the IP
   * rules, the virtual-network subnets (the customer's own networks) and, with the trusted-services
   * bypass, {@code AzureTrustedServices}: Microsoft's listed first-party services (which still need an
   * Entra token and RBAC or an access policy), a provider service, never the internet.
   */
  static Known<List<Peer>> sources(NetworkRuleSet acl) {
    return acl == null ? PublicEndpoint.unrestricted() : ResourceFirewall.sources(
        acl.defaultAction() == null ? null : acl.defaultAction().toString(),
        ResourceFirewall.each(acl.ipRules()).map(r -> r.value()),
        ResourceFirewall.each(acl.virtualNetworkRules()).map(r -> r.id()),
        Stream.empty(), acl.bypass() == null ? null : acl.bypass().toString());
  }
}
