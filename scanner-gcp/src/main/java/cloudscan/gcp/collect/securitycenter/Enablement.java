package cloudscan.gcp.collect.securitycenter;

import cloudscan.core.fact.Known;

/**
 * Whether a Security Command Center service is on at a scope, from its effective enablement state
 * and the organization's tier. A finding source is no evidence (sources stay registered after a
 * downgrade, a trial or a per-project override); only these two are.
 *
 * <ul>
 *   <li>{@code DISABLED} is off; {@code INGEST_ONLY} is off too (findings are ingested but the
 *       service is not enabled: Google calls it a misconfiguration);</li>
 *   <li>Event Threat Detection and VM Threat Detection are Premium/Enterprise services: off on the
 *       STANDARD tier whatever the state says, and never on while the tier is unread;</li>
 *   <li>{@code ENABLED} is on (for a Premium service: on a tier that includes it, or on a project
 *       without an organization, whose effective state already reflects its own activation);</li>
 *   <li>anything else (unread, {@code INHERITED} — never an effective state —, unspecified or a
 *       value this scanner does not know) is unknown, never on.</li>
 * </ul>
 *
 * @param enabled on, off or unknown
 * @param detail  what the report says about it
 */
record Enablement(Known<Boolean> enabled, String detail) {

  static Enablement of(ServiceState s, Tier tier) {
    SccService service = s.service();
    String what = tier.label() + ": " + service.label();
    if ("DISABLED".equals(s.state())) {
      return off(what + " DISABLED");
    }
    if ("INGEST_ONLY".equals(s.state())) {
      return off(what + " INGEST_ONLY (findings ingested, the service itself not enabled)");
    }
    if (service.premium() && tier.standard()) {
      return off(what + " is not offered on the Standard tier (Premium or Enterprise only)"
          + (s.state() == null ? "" : "; its state says " + s.state()));
    }
    if (s.state() == null) {
      return unknown(what + " state not readable (" + s.why() + ")");
    }
    if (!"ENABLED".equals(s.state())) {
      return unknown(what + " effective state " + s.state() + " is not an answer");
    }
    if (!service.premium() || tier.name().isNotOffered()) {
      return new Enablement(Known.of(true), what + " ENABLED");
    }
    if (tier.name().isKnown() && Tier.WITH_PREMIUM_SERVICES.contains(tier.name().value())) {
      return new Enablement(Known.of(true), what + " ENABLED");
    }
    return unknown(what + " ENABLED, but whether the tier includes it is unknown (Premium or Enterprise only)");
  }

  private static Enablement off(String detail) {
    return new Enablement(Known.of(false), detail);
  }

  private static Enablement unknown(String detail) {
    return new Enablement(Known.unread(), detail);
  }
}
