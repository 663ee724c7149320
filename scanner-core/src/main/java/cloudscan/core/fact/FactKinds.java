package cloudscan.core.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The explicit list of fact kinds a snapshot may hold, by stable name. The name is the record's
 * simple class name; it is part of the snapshot format, so renaming a record is a format change.
 *
 * <p>A <em>key</em> names what a scan looks for: a kind ({@code PasswordPolicy}) or, for kinds
 * with variants, a kind and variant ({@code SecurityService.THREAT_DETECTION}). Runs record the
 * keys each scope was looked at for; checks declare the keys they expect per scope.
 */
public final class FactKinds {

  public static final List<Class<? extends Fact>> CORE = List.of(
      Located.class, NetworkRule.class, VirtualNetwork.class, CryptoKey.class, TlsPolicy.class,
      Certificate.class, EncryptionAtRest.class, AuditTrail.class, LogStore.class,
      BackupVault.class, BackupPlan.class, PasswordPolicy.class, Principal.class,
      PublicEndpoint.class, Replica.class, DataStore.class, SecurityService.class,
      Vulnerability.class, LocationGuardrail.class, ComputeInstance.class, ResourceLabel.class,
      NetworkAttachment.class, AddressList.class, IdentityGuardrail.class);

  /** Kinds whose facts carry a {@link Fact#variant()}, with the variants' enum. */
  private static final Map<Class<? extends Fact>, Class<? extends Enum<?>>> VARIANTS =
      Map.of(SecurityService.class, SecurityService.Kind.class,
          IdentityGuardrail.class, IdentityGuardrail.Control.class);

  private static final Map<String, Class<? extends Fact>> BY_NAME = new LinkedHashMap<>();

  static {
    CORE.forEach(c -> BY_NAME.put(c.getSimpleName(), c));
  }

  private FactKinds() { }

  public static String nameOf(Class<? extends Fact> kind) {
    return kind.getSimpleName();
  }

  public static Optional<Class<? extends Fact>> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /** The key of a kind without variant: {@code PasswordPolicy}. */
  public static String key(Class<? extends Fact> kind) {
    return nameOf(kind);
  }

  /** The key of a kind and variant: {@code SecurityService.THREAT_DETECTION}. */
  public static String key(Class<? extends Fact> kind, Enum<?> variant) {
    return variant == null ? nameOf(kind) : nameOf(kind) + "." + variant.name();
  }

  /** The most specific key of one fact. */
  public static String key(Fact fact) {
    return key(fact.getClass(), fact.variant());
  }

  /** Every key of a kind: the kind itself, or each of its variants. */
  public static List<String> keys(Class<? extends Fact> kind) {
    Class<? extends Enum<?>> v = VARIANTS.get(kind);
    if (v == null) {
      return List.of(key(kind));
    }
    List<String> out = new ArrayList<>();
    for (Enum<?> e : v.getEnumConstants()) {
      out.add(key(kind, e));
    }
    return out;
  }

  /** Every key a snapshot may name, in a stable order. */
  public static List<String> allKeys() {
    List<String> out = new ArrayList<>();
    CORE.forEach(k -> out.addAll(keys(k)));
    return out;
  }

  /** True if {@code key} is a kind name or a kind.variant key this version knows. */
  public static boolean isKey(String key) {
    return BY_NAME.containsKey(key) || allKeys().contains(key);
  }

  /** True if {@code broad} (a kind or kind.variant) includes {@code specific}. */
  public static boolean covers(String broad, String specific) {
    return broad.equals(specific) || specific.startsWith(broad + ".");
  }

  /** Keys of kinds that have variants (for validation messages). */
  public static Set<Class<? extends Fact>> kindsWithVariants() {
    return VARIANTS.keySet();
  }
}
