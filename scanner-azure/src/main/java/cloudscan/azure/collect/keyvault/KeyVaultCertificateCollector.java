package cloudscan.azure.collect.keyvault;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.core.fact.Certificate;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.keyvault.fluent.models.VaultInner;
import java.util.List;
import java.util.Set;

/**
 * Key Vault certificates → {@link Certificate}. Resource Manager has no certificates, so they are read
 * from each vault's data plane ({@code 7.5}): the list, then one GET per certificate for its policy
 * (key type, size, curve) and its public X.509 certificate (signature algorithm, expiry). Never a
 * secret, never a private key. This needs the data action {@code Microsoft.KeyVault/vaults/certificates/read}
 * (Key Vault Reader) on RBAC vaults, or an access policy granting certificate list and get, and the
 * vault firewall must let the scanner in: whatever is refused is an ACCESS_DENIED gap in certificates.
 * With a custom Resource Manager endpoint and no {@code --keyvault-dns-suffix}, the data plane is
 * unknown: an UNSUPPORTED gap, no request sent.
 */
public final class KeyVaultCertificateCollector implements Collector {

  static final String API = "7.5";

  private final AzureClients clients;

  public KeyVaultCertificateCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "keyvault-certificates";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Certificate.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    List<VaultInner> vaults = KeyVaultCollector.vaults(clients, sub);
    if (vaults.isEmpty()) {
      return;
    }
    if (clients.cloud().keyVaultSuffix() == null) {
      out.gap(new cloudscan.azure.collect.NotOfferedHere("Key Vault certificates not read: the Key Vault DNS suffix of a custom "
          + "Resource Manager endpoint is not known (give --keyvault-dns-suffix)"), produces());
      return;
    }
    for (VaultInner v : vaults) {
      if (v.properties() == null || v.properties().vaultUri() == null) {
        // without its URI the vault's certificates cannot be asked for: not read, never "none"
        out.gap(new IllegalStateException("vault " + v.name() + " was listed without its URI: its certificates were not read"),
            produces());
        continue;
      }
      var reader = clients.keyVault(v.properties().vaultUri());
      clients.listThenGet(out, produces(), () -> reader.list("/certificates?api-version=" + API),
          c -> reader.get("/certificates/" + AzureRefs.nameOf(c.path("id").asText()) + "?api-version=" + API),
          (c, cert) -> out.accept(VaultCertificates.certificate(AzureRefs.ref(sub, v.location(),
              "microsoft.keyvault/vaults/certificates", c.path("id").asText()), cert)));
    }
  }
}
