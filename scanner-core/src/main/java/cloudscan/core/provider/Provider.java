package cloudscan.core.provider;

import cloudscan.core.check.Check;
import java.util.List;

/**
 * A cloud plugin, found by {@link java.util.ServiceLoader} (one {@code META-INF/services} entry
 * per provider module). It opens a read-only session; the engine does the fan-out.
 */
public interface Provider {

  /** Stable ID used on the command line: {@code aws}, {@code azure}, {@code gcp}. */
  String id();

  /** One line for {@code cloudscan scan --help}. */
  String description();

  /**
   * Resolves credentials, identity and the targets to scan. Fails fast (bad credentials, no
   * access at all) with a {@link ProviderException} whose message says what to do.
   */
  ProviderSession open(ProviderConfig config) throws ProviderException;

  /**
   * The least-privilege identity this provider's read list needs, generated from the same list its
   * read-only guard enforces (an AWS IAM policy, an Azure custom role, a GCP custom role), as the
   * text {@code cloudscan permissions --provider ID} prints; empty if the provider has none.
   */
  default java.util.Optional<String> leastPrivilege() {
    return java.util.Optional.empty();
  }

  /** Provider-only checks, if any; cross-cloud checks live in scanner-core. */
  default List<Check> checks() {
    return List.of();
  }
}
