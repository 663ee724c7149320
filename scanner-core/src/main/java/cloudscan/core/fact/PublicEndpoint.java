package cloudscan.core.fact;

import java.util.List;

/**
 * A management or data endpoint and who can reach it: public RDS, EKS API, S3 bucket policy,
 * storage/Key Vault/SQL firewall, Cloud SQL authorised networks, GKE master networks.
 *
 * @param publiclyReachable has a public address / is reachable from the internet at all
 * @param allowedSources    networks allowed to connect; empty with {@code publiclyReachable}
 *                          means no IP restriction
 * @param clientCertRequired mutual TLS enforced
 */
public record PublicEndpoint(ResourceRef resource, Kind kind, boolean publiclyReachable,
    List<Cidr> allowedSources, boolean clientCertRequired) implements Fact {

  public enum Kind { DATABASE, KUBERNETES_API, OBJECT_STORAGE, KEY_VAULT, LOAD_BALANCER, COMPUTE, OTHER }

  public PublicEndpoint {
    allowedSources = allowedSources == null ? List.of() : List.copyOf(allowedSources);
  }

  /** Reachable from anywhere on the internet without IP restriction or client certificate. */
  public boolean openToInternet() {
    return publiclyReachable && !clientCertRequired
        && (allowedSources.isEmpty() || allowedSources.stream().anyMatch(Cidr::isAnywhere));
  }
}
