package cloudscan.core.fact;

/**
 * A server (EC2 instance, Azure VM, GCE instance): what 3.10 (anti-malware) and 3.11 (maintenance
 * paths) are about.
 *
 * @param managedAccess reachable through a managed path (SSM agent online, Bastion, IAP); null if
 *                      unknown
 * @param publicIp      has a public IP address
 */
public record ComputeInstance(ResourceRef resource, Boolean managedAccess, boolean publicIp)
    implements Fact { }
