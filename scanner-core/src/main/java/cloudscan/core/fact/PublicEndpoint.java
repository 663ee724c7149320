package cloudscan.core.fact;

import java.util.List;
import java.util.Objects;

/**
 * A management or data endpoint and who can reach it: public RDS, EKS API, S3 bucket policy,
 * storage/Key Vault/SQL firewall, Cloud SQL authorised networks, GKE master networks.
 *
 * @param publiclyReachable has a public address / is reachable from the internet at all
 * @param allowedSources    who may connect when it is reachable: address ranges, service tags
 *                          (Azure "trusted Azure services"), virtual-network rules; an endpoint
 *                          without any IP restriction lists {@code *}
 * @param clientCertRequired mutual TLS enforced
 */
public record PublicEndpoint(ResourceRef resource, Kind kind, Known<Boolean> publiclyReachable,
    Known<List<Peer>> allowedSources, Known<Boolean> clientCertRequired) implements Fact {

  public enum Kind { DATABASE, KUBERNETES_API, OBJECT_STORAGE, KEY_VAULT, LOAD_BALANCER, COMPUTE, OTHER }

  public PublicEndpoint {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(publiclyReachable, "publiclyReachable");
    Objects.requireNonNull(allowedSources, "allowedSources");
    Objects.requireNonNull(clientCertRequired, "clientCertRequired");
  }

  /** An endpoint reachable from anywhere: no IP restriction at all. */
  public static Known<List<Peer>> unrestricted() {
    return Known.of(List.of(Peer.of(Cidr.ANY)));
  }
}
