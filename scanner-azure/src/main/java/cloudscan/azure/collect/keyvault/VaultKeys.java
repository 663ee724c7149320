package cloudscan.azure.collect.keyvault;

import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.CryptoKey.KeyProtection;
import cloudscan.core.fact.CryptoKey.KeyState;
import cloudscan.core.fact.CryptoKey.KeyUsage;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import com.azure.resourcemanager.keyvault.fluent.models.KeyInner;
import com.azure.resourcemanager.keyvault.models.LifetimeAction;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Key Vault key (management plane, {@code Keys_Get}) → {@link CryptoKey}. The spec is
 * {@code "<kty> <size-or-curve>"} as the CRYPTREC table names Key Vault keys ({@code RSA-HSM 3072},
 * {@code EC P-256}, {@code oct-HSM 256}); Key Vault keeps no per-key algorithm list (the caller picks
 * one per request), so algorithms are not offered and the type, size and curve are judged alone.
 */
final class VaultKeys {

  private VaultKeys() { }

  static CryptoKey key(ResourceRef ref, KeyInner k, Known<Boolean> purgeProtection) {
    return new CryptoKey(ref, spec(k), usages(k.keyOps()), state(k), Known.of(true), protection(k), rotation(k),
        rotationDays(k), purgeProtection, Known.notOffered(), Known.notOffered());
  }

  static Known<String> spec(KeyInner k) {
    if (k.kty() == null) {
      return Known.unread();
    }
    String kty = k.kty().toString();
    String detail = kty.toUpperCase(Locale.ROOT).startsWith("EC")
        ? (k.curveName() == null ? null : k.curveName().toString())
        : (k.keySize() == null ? null : k.keySize().toString());
    return detail == null ? Known.unread() : Known.of(kty + " " + detail);
  }

  /** Key operations; absent means the vault did not say (an empty list would claim "none"). */
  static Known<Set<KeyUsage>> usages(List<?> ops) {
    if (ops == null) {
      return Known.unread();
    }
    Set<KeyUsage> out = EnumSet.noneOf(KeyUsage.class);
    for (Object o : ops) {
      switch (o.toString().toLowerCase(Locale.ROOT)) {
        case "encrypt", "decrypt" -> out.add(KeyUsage.ENCRYPT_DECRYPT);
        case "sign", "verify" -> out.add(KeyUsage.SIGN_VERIFY);
        case "wrapkey", "unwrapkey" -> out.add(KeyUsage.WRAP_UNWRAP);
        default -> { } // import: not a use of the key
      }
    }
    return Known.of(out);
  }

  private static KeyState state(KeyInner k) {
    if (k.attributes() == null || k.attributes().enabled() == null) {
      return KeyState.UNKNOWN;
    }
    return k.attributes().enabled() ? KeyState.ENABLED : KeyState.DISABLED;
  }

  private static KeyProtection protection(KeyInner k) {
    if (k.kty() == null) {
      return KeyProtection.UNKNOWN;
    }
    return k.kty().toString().toUpperCase(Locale.ROOT).endsWith("-HSM") ? KeyProtection.HSM : KeyProtection.SOFTWARE;
  }

  /** Rotation is on when the key's rotation policy has an automatic "rotate" action; no policy: off. */
  private static Known<Boolean> rotation(KeyInner k) {
    return Known.of(rotate(k) != null);
  }

  private static Known<Integer> rotationDays(KeyInner k) {
    LifetimeAction a = rotate(k);
    if (a == null || a.trigger() == null || a.trigger().timeAfterCreate() == null) {
      return Known.unread();
    }
    return days(a.trigger().timeAfterCreate());
  }

  private static LifetimeAction rotate(KeyInner k) {
    if (k.rotationPolicy() == null || k.rotationPolicy().lifetimeActions() == null) {
      return null;
    }
    return k.rotationPolicy().lifetimeActions().stream()
        .filter(a -> a.action() != null && "rotate".equalsIgnoreCase(String.valueOf(a.action().type())))
        .findFirst().orElse(null);
  }

  /** ISO 8601 periods as Key Vault writes them: P90D, P1Y, P18M, P2W. */
  static Known<Integer> days(String iso) {
    try {
      Period p = Period.parse(iso);
      return Known.of(p.getYears() * 365 + p.getMonths() * 30 + p.getDays());
    } catch (RuntimeException e) {
      return Known.unread();
    }
  }
}
