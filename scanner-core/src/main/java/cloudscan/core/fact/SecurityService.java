package cloudscan.core.fact;

/**
 * A detective or protective service and whether it is on for a scope (the resource's account and
 * location): GuardDuty, Security Hub, AWS Config, Inspector; Defender plans; SCC, OS Config.
 *
 * @param detail what exactly (plan name, feature), for the report
 */
public record SecurityService(ResourceRef resource, Kind kind, boolean enabled, String detail)
    implements Fact {

  public enum Kind {
    THREAT_DETECTION,
    CONFIG_RECORDING,
    VULNERABILITY_SCANNING,
    MALWARE_PROTECTION,
    POSTURE_MANAGEMENT,
    /** Managed maintenance access path: SSM Session Manager, Azure Bastion/JIT, GCP IAP/OS Login. */
    MANAGED_ACCESS,
    /** Findings routed to a person: security contact, notification target. */
    INCIDENT_NOTIFICATION
  }
}
