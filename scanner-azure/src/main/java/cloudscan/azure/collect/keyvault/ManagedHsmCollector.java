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
import com.azure.resourcemanager.keyvault.fluent.ManagedHsmKeysClient;
import com.azure.resourcemanager.keyvault.fluent.models.ManagedHsmInner;
import com.azure.resourcemanager.keyvault.models.ManagedHsmProperties;
import com.azure.resourcemanager.keyvault.models.MhsmNetworkRuleSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Key Vault Managed HSM pools → {@link Located}, {@link PublicEndpoint} (public network access,
 * firewall) and their keys through the management plane → {@link CryptoKey} (list, then one GET per
 * key; every key is HSM-protected). Managed HSM authorises key reads with its own local RBAC: an
 * identity with only Azure Reader gets a denial, recorded as an ACCESS_DENIED gap in keys (grant
 * "Managed HSM Crypto Auditor", which reads key attributes and never uses a key).
 */
public final class ManagedHsmCollector implements Collector {

  static final String KEY_TYPE = "microsoft.keyvault/managedhsms/keys";

  private final AzureClients clients;

  public ManagedHsmCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "managedhsm";
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
    for (ManagedHsmInner h : Reads.unlessUnregistered(() -> kv.serviceClient().getManagedHsms().list().stream().toList())) {
      ResourceRef ref = AzureRefs.ref(sub, h.location(), h.type(), h.id());
      out.accept(Located.regional(ref));
      out.accept(new ResourceLabel(ref, h.name(), Known.of(h.tags() == null ? Map.of() : h.tags())));
      out.accept(endpoint(ref, h.properties()));
      Known<Boolean> purge = h.properties() == null || h.properties().enablePurgeProtection() == null ? Known.unread()
          : Known.of(h.properties().enablePurgeProtection());
      keys(kv.serviceClient().getManagedHsmKeys(), sub, h, purge, out);
    }
  }

  private void keys(ManagedHsmKeysClient keys, String sub, ManagedHsmInner h, Known<Boolean> purge, FactSink out) {
    String group = AzureRefs.groupOf(h.id());
    clients.listThenGet(out, Set.of(CryptoKey.class), () -> keys.list(group, h.name()).stream().toList(),
        item -> keys.get(group, h.name(), item.name()), (item, key) -> {
          String uri = key.keyUri() != null ? key.keyUri() : key.id();
          ResourceRef ref = AzureRefs.ref(sub, h.location(), KEY_TYPE, uri);
          out.accept(ManagedHsmKeys.key(ref, key, purge));
          out.accept(Located.regional(ref));
        });
  }

  /** Public unless public network access is Disabled; a Deny default admits only the listed sources. */
  static PublicEndpoint endpoint(ResourceRef ref, ManagedHsmProperties p) {
    if (p == null) {
      return new PublicEndpoint(ref, PublicEndpoint.Kind.KEY_VAULT, Known.unread(), Known.unread(), Known.notOffered());
    }
    boolean disabled = p.publicNetworkAccess() != null && "disabled".equalsIgnoreCase(p.publicNetworkAccess().toString());
    return new PublicEndpoint(ref, PublicEndpoint.Kind.KEY_VAULT, Known.of(!disabled), sources(p.networkAcls()),
        Known.notOffered());
  }

  static Known<List<Peer>> sources(MhsmNetworkRuleSet acl) {
    return acl == null ? PublicEndpoint.unrestricted() : ResourceFirewall.sources(
        acl.defaultAction() == null ? null : acl.defaultAction().toString(),
        ResourceFirewall.each(acl.ipRules()).map(r -> r.value()),
        ResourceFirewall.each(acl.virtualNetworkRules()).map(r -> r.id()),
        ResourceFirewall.each(acl.serviceTags()).map(t -> t.tag()),
        acl.bypass() == null ? null : acl.bypass().toString());
  }
}
