package cloudscan.core.fact;

import java.util.Objects;

/**
 * A server (EC2 instance, Azure VM, GCE instance): what 3.10 (anti-malware) and 3.11 (maintenance
 * paths) are about.
 *
 * @param managedAccess reachable through a managed path (SSM agent online, Bastion, IAP)
 * @param publicIp      has a public IP address
 */
public record ComputeInstance(ResourceRef resource, Known<Boolean> managedAccess, Known<Boolean> publicIp)
    implements Fact {

  public ComputeInstance {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(managedAccess, "managedAccess");
    Objects.requireNonNull(publicIp, "publicIp");
  }
}
