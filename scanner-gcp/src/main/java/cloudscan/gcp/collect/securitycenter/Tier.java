package cloudscan.gcp.collect.securitycenter;

import cloudscan.core.fact.Known;
import java.util.Set;

/**
 * The Security Command Center tier of the organization above a scope ({@code STANDARD},
 * {@code PREMIUM}, {@code ENTERPRISE}, {@code ENTERPRISE_MC}); not offered for a project without an
 * organization (activated on its own: there is no subscription to read), unread when it could
 * not be read.
 *
 * @param name the tier as {@code organizations.getSubscription} (v1beta2) names it
 * @param why  why it is unread (the failed read), or null
 */
record Tier(Known<String> name, String why) {

  /** The tiers that include Event Threat Detection and VM Threat Detection. */
  static final Set<String> WITH_PREMIUM_SERVICES = Set.of("PREMIUM", "ENTERPRISE", "ENTERPRISE_MC");

  static final Tier NONE = new Tier(Known.notOffered(), null);

  static Tier of(String name) {
    return name == null || name.isEmpty() || name.equals("TIER_UNSPECIFIED")
        ? unread("the organization's subscription names no tier") : new Tier(Known.of(name), null);
  }

  static Tier unread(String why) {
    return new Tier(Known.unread(), why);
  }

  boolean standard() {
    return name.is("STANDARD");
  }

  /** How the report names it: {@code Security Command Center PREMIUM}. */
  String label() {
    if (name.isKnown()) {
      return "Security Command Center " + name.value();
    }
    return name.isUnread() ? "Security Command Center (tier not readable: " + why + ")" : "Security Command Center";
  }
}
