package cloudscan.core.fact;

import java.util.Objects;

/**
 * A detective or protective service and whether it is on for a scope (the resource's account and
 * location; one recorded in an account's {@code global} scope covers every region of it; one
 * recorded at an organization or tenant covers its accounts): GuardDuty, Security Hub, AWS
 * Config, Inspector; Defender plans; SCC, OS Config; an MFA-enforcing policy.
 *
 * @param detail what exactly (plan name, feature), for the report
 */
public record SecurityService(ResourceRef resource, Kind kind, Known<Boolean> enabled, String detail)
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
    INCIDENT_NOTIFICATION,
    /** A policy requiring MFA of every user (Entra security defaults, Conditional Access). */
    MFA_ENFORCEMENT
  }

  public SecurityService {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(enabled, "enabled");
  }

  @Override
  public Enum<?> variant() {
    return kind;
  }
}
