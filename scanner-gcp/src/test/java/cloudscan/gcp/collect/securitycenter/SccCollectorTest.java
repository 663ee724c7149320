package cloudscan.gcp.collect.securitycenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.SecurityService.Kind;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SccCollectorTest {

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private static final String SUBSCRIPTION = "/v1beta2/organizations/42/subscription";

  private Collected collect(String tier, String sources, String configs) {
    fake.get(SUBSCRIPTION, "{\"name\": \"organizations/42/subscription\", \"tier\": \"" + tier + "\"}");
    return collect(sources, configs);
  }

  private Collected collect(String sources, String configs) {
    fake.get("/v2/organizations/42/sources", sources).get("/v2/organizations/42/locations/global/notificationConfigs", configs);
    Collected out = new Collected();
    new SccCollector(GcpTesting.context(fake), Scope.Level.ORGANIZATION).collect(GcpTesting.organization("organizations/42"), out);
    return out;
  }

  private static Known<Boolean> enabled(Collected out, Kind kind) {
    return out.all(SecurityService.class, s -> s.kind() == kind).get(0).enabled();
  }

  @Test
  void deniedSources_isAFailedRead_neverOff() {
    fake.fail("/v2/organizations/42/sources", 403, GcpFake.denied("securitycenter.sources.list"));
    assertThatThrownBy(() -> new SccCollector(GcpTesting.context(fake), Scope.Level.ORGANIZATION)
        .collect(GcpTesting.organization("organizations/42"), new Collected())).isInstanceOf(GcpCall.GcpCallException.class);
  }

  @Test
  void premiumSources_andANotificationConfig_areOn() {
    Collected out = collect("PREMIUM", """
        {"sources": [{"name": "organizations/42/sources/1", "displayName": "Event Threat Detection"},
          {"name": "organizations/42/sources/2", "displayName": "Security Health Analytics"},
          {"name": "organizations/42/sources/3", "displayName": "Virtual Machine Threat Detection"}]}""", """
        {"notificationConfigs": [{"name": "organizations/42/locations/global/notificationConfigs/oncall",
          "pubsubTopic": "projects/sec/topics/scc"}]}""");
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.of(true));
    assertThat(enabled(out, Kind.MALWARE_PROTECTION)).isEqualTo(Known.of(true));
    assertThat(enabled(out, Kind.INCIDENT_NOTIFICATION)).isEqualTo(Known.of(true));
    assertThat(out.all(SecurityService.class)).allSatisfy(s -> assertThat(s.resource().account()).isEqualTo("organizations/42"));
  }

  @Test
  void standardTierWithoutNotifications_hasNoThreatDetection() {
    Collected out = collect("STANDARD", """
        {"sources": [{"name": "organizations/42/sources/2", "displayName": "Security Health Analytics"}]}""", "{}");
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.of(false));
    assertThat(enabled(out, Kind.POSTURE_MANAGEMENT)).isEqualTo(Known.of(true));
    assertThat(enabled(out, Kind.INCIDENT_NOTIFICATION)).isEqualTo(Known.of(false));
  }

  @Test
  void unreadableTier_leavesThePremiumDetectorsUnknown_neverOn() {
    fake.fail(SUBSCRIPTION, 403, GcpFake.denied("securitycenter.subscription.get"));
    Collected out = collect(PREMIUM_SOURCES, "{}");
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.unread());
    assertThat(enabled(out, Kind.MALWARE_PROTECTION)).isEqualTo(Known.unread());
    assertThat(enabled(out, Kind.POSTURE_MANAGEMENT)).isEqualTo(Known.of(true));
    assertThat(out.all(SecurityService.class, s -> s.kind() == Kind.THREAT_DETECTION).get(0).detail())
        .contains("securitycenter.subscription.get");
  }

  @Test
  void standardTier_turnsOffThreatDetection_evenWhenItsSourceIsListed() {
    Collected out = collect("STANDARD", PREMIUM_SOURCES, "{}");
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.of(false));
    assertThat(enabled(out, Kind.MALWARE_PROTECTION)).isEqualTo(Known.of(false));
  }

  @Test
  void enterpriseTier_withItsSource_isOn() {
    assertThat(enabled(collect("ENTERPRISE", PREMIUM_SOURCES, "{}"), Kind.THREAT_DETECTION)).isEqualTo(Known.of(true));
  }

  private static final String PREMIUM_SOURCES = """
      {"sources": [{"name": "organizations/42/sources/1", "displayName": "Event Threat Detection"},
        {"name": "organizations/42/sources/2", "displayName": "Security Health Analytics"},
        {"name": "organizations/42/sources/3", "displayName": "Virtual Machine Threat Detection"}]}""";

  @Test
  void projectWithoutOrganization_withNothingActivated_isOff() {
    fake.get("/v2/projects/city-solo-01/sources", "{}").get("/v2/projects/city-solo-01/locations/global/notificationConfigs", "{}");
    Collected out = new Collected();
    new SccCollector(GcpTesting.context(fake), Scope.Level.ACCOUNT).collect(GcpTesting.project("city-solo-01"), out);
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.of(false));
    assertThat(enabled(out, Kind.INCIDENT_NOTIFICATION)).isEqualTo(Known.of(false));
  }

  @Test
  void projectUnderAnOrganization_recordsOnlyWhatItHas_theOrganizationJudgesTheRest() {
    fake.get("/v2/projects/city-sandbox/sources", """
        {"sources": [{"name": "projects/city-sandbox/sources/9", "displayName": "Event Threat Detection"}]}""")
        .get("/v2/projects/city-sandbox/locations/global/notificationConfigs", "{}")
        .get("/v2/organizations/42/sources", "{}");
    Collected out = new Collected();
    new SccCollector(GcpTesting.context(fake), Scope.Level.ACCOUNT).collect(GcpTesting.project("city-sandbox", "organizations/42"), out);
    assertThat(out.all(SecurityService.class)).extracting(SecurityService::kind).containsExactly(Kind.THREAT_DETECTION);
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.of(true));
  }

  @Test
  void projectUnderAnOrganizationWhoseSccCannotBeRead_isAFailedRead_neverJudgedByAbsence() {
    fake.get("/v2/projects/city-sandbox/sources", "{}").get("/v2/projects/city-sandbox/locations/global/notificationConfigs", "{}")
        .fail("/v2/organizations/42/sources", 403, GcpFake.denied("securitycenter.sources.list"));
    assertThatThrownBy(() -> new SccCollector(GcpTesting.context(fake), Scope.Level.ACCOUNT)
        .collect(GcpTesting.project("city-sandbox", "organizations/42"), new Collected())).isInstanceOf(GcpCall.GcpCallException.class);
  }
}
