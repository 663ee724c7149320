package cloudscan.gcp.collect.securitycenter;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.fact.Known;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision table: effective state × tier → on, off or unknown (never on by default). */
class EnablementTest {

  private static Tier tier(String t) {
    return switch (t) {
      case "none" -> Tier.NONE;
      case "unread" -> Tier.unread("denied");
      default -> Tier.of(t);
    };
  }

  private static Known<Boolean> expected(String e) {
    return e.equals("unknown") ? Known.unread() : Known.of(Boolean.parseBoolean(e));
  }

  @ParameterizedTest(name = "{0} {1} on {2} tier: {3}")
  @CsvSource({
      "EVENT_THREAT_DETECTION, ENABLED, PREMIUM, true",
      "EVENT_THREAT_DETECTION, ENABLED, ENTERPRISE, true",
      "EVENT_THREAT_DETECTION, ENABLED, ENTERPRISE_MC, true",
      "EVENT_THREAT_DETECTION, ENABLED, STANDARD, false",
      "EVENT_THREAT_DETECTION, ENABLED, unread, unknown",
      "EVENT_THREAT_DETECTION, ENABLED, TIER_UNSPECIFIED, unknown",
      "EVENT_THREAT_DETECTION, ENABLED, SOMETHING_NEW, unknown",
      "EVENT_THREAT_DETECTION, ENABLED, none, true",
      "EVENT_THREAT_DETECTION, DISABLED, PREMIUM, false",
      "EVENT_THREAT_DETECTION, DISABLED, unread, false",
      "EVENT_THREAT_DETECTION, INGEST_ONLY, PREMIUM, false",
      "EVENT_THREAT_DETECTION, INHERITED, PREMIUM, unknown",
      "EVENT_THREAT_DETECTION, ENABLEMENT_STATE_UNSPECIFIED, PREMIUM, unknown",
      "EVENT_THREAT_DETECTION, UNRECOGNIZED, PREMIUM, unknown",
      "EVENT_THREAT_DETECTION, , PREMIUM, unknown",
      "EVENT_THREAT_DETECTION, , STANDARD, false",
      "VM_THREAT_DETECTION, ENABLED, STANDARD, false",
      "VM_THREAT_DETECTION, ENABLED, unread, unknown",
      "VM_THREAT_DETECTION, ENABLED, PREMIUM, true",
      "SECURITY_HEALTH_ANALYTICS, ENABLED, STANDARD, true",
      "SECURITY_HEALTH_ANALYTICS, ENABLED, unread, true",
      "SECURITY_HEALTH_ANALYTICS, DISABLED, STANDARD, false",
      "SECURITY_HEALTH_ANALYTICS, , STANDARD, unknown",
  })
  void decisionTable(SccService service, String state, String tier, String expected) {
    ServiceState s = state == null ? ServiceState.unread(service, "denied") : ServiceState.of(service, state);
    assertThat(Enablement.of(s, tier(tier)).enabled()).isEqualTo(expected(expected));
  }
}
