package cloudscan.gcp.collect.securitycenter;

import cloudscan.core.fact.SecurityService.Kind;

/**
 * The Security Command Center services the scan judges, by their Security Command Center
 * Management IDs ({@code …/locations/global/securityCenterServices/{id}}).
 *
 * @param premium        offered only on the Premium and Enterprise tiers (off on Standard)
 * @param atOrganization also recorded for the organization itself; VM Threat Detection is judged
 *                       per project only, from each project's effective state, because malware
 *                       protection recorded at the organization would cover projects that turned
 *                       it off
 */
enum SccService {
  EVENT_THREAT_DETECTION("event-threat-detection", "Event Threat Detection", Kind.THREAT_DETECTION, true, true),
  SECURITY_HEALTH_ANALYTICS("security-health-analytics", "Security Health Analytics", Kind.POSTURE_MANAGEMENT, false, true),
  VM_THREAT_DETECTION("vm-threat-detection", "Virtual Machine Threat Detection", Kind.MALWARE_PROTECTION, true, false);

  private final String id;
  private final String label;
  private final Kind kind;
  private final boolean premium;
  private final boolean atOrganization;

  SccService(String id, String label, Kind kind, boolean premium, boolean atOrganization) {
    this.id = id;
    this.label = label;
    this.kind = kind;
    this.premium = premium;
    this.atOrganization = atOrganization;
  }

  String id() {
    return id;
  }

  String label() {
    return label;
  }

  Kind kind() {
    return kind;
  }

  boolean premium() {
    return premium;
  }

  boolean atOrganization() {
    return atOrganization;
  }

  /** Its resource name below {@code parent} ({@code projects/p}, {@code organizations/42}). */
  String name(String parent) {
    return parent + "/locations/global/securityCenterServices/" + id;
  }
}
