package cloudscan.azure.collect.keyvault;

import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.CryptoKey.KeyProtection;
import cloudscan.core.fact.CryptoKey.KeyState;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import com.azure.resourcemanager.keyvault.fluent.models.ManagedHsmKeyInner;
import com.azure.resourcemanager.keyvault.models.ManagedHsmLifetimeAction;
import java.util.Locale;

/**
 * A Managed HSM key (management plane, {@code ManagedHsmKeys_Get}) → {@link CryptoKey}, named as the
 * CRYPTREC table names Key Vault keys ({@code RSA-HSM 3072}, {@code EC-HSM P-256}, {@code oct-HSM 256});
 * HSM-protected; no per-key algorithm list (not offered), as for vault keys.
 */
final class ManagedHsmKeys {

  private ManagedHsmKeys() { }

  static CryptoKey key(ResourceRef ref, ManagedHsmKeyInner k, Known<Boolean> purgeProtection) {
    ManagedHsmLifetimeAction rotate = rotate(k);
    Known<Integer> period = rotate == null || rotate.trigger() == null || rotate.trigger().timeAfterCreate() == null
        ? Known.unread() : VaultKeys.days(rotate.trigger().timeAfterCreate());
    KeyState state = k.attributes() == null || k.attributes().enabled() == null ? KeyState.UNKNOWN
        : k.attributes().enabled() ? KeyState.ENABLED : KeyState.DISABLED;
    return new CryptoKey(ref, spec(k), VaultKeys.usages(k.keyOps()), state, Known.of(true), KeyProtection.HSM,
        Known.of(rotate != null), period, purgeProtection, Known.notOffered(), Known.notOffered());
  }

  static Known<String> spec(ManagedHsmKeyInner k) {
    if (k.kty() == null) {
      return Known.unread();
    }
    String kty = k.kty().toString();
    String detail = kty.toUpperCase(Locale.ROOT).startsWith("EC")
        ? (k.curveName() == null ? null : k.curveName().toString())
        : (k.keySize() == null ? null : k.keySize().toString());
    return detail == null ? Known.unread() : Known.of(kty + " " + detail);
  }

  private static ManagedHsmLifetimeAction rotate(ManagedHsmKeyInner k) {
    if (k.rotationPolicy() == null || k.rotationPolicy().lifetimeActions() == null) {
      return null;
    }
    return k.rotationPolicy().lifetimeActions().stream()
        .filter(a -> a.action() != null && "rotate".equalsIgnoreCase(String.valueOf(a.action().type())))
        .findFirst().orElse(null);
  }
}
