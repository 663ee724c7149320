package cloudscan.core.fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The explicit list of fact kinds a snapshot may hold, by stable name. The name is the record's
 * simple class name; it is part of the snapshot format, so renaming a record is a format change.
 */
public final class FactKinds {

  public static final List<Class<? extends Fact>> CORE = List.of(
      Located.class, NetworkRule.class, VirtualNetwork.class, CryptoKey.class, TlsPolicy.class,
      Certificate.class, EncryptionAtRest.class, AuditTrail.class, LogStore.class,
      BackupVault.class, BackupPlan.class, PasswordPolicy.class, Principal.class,
      PublicEndpoint.class, Replica.class, DataStore.class, SecurityService.class,
      Vulnerability.class, LocationGuardrail.class, ComputeInstance.class);

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
}
