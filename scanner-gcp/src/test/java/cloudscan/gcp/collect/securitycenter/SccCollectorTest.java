package cloudscan.gcp.collect.securitycenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.SecurityService.Kind;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.ReadOnlyViolation;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.FakeEstate;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import com.google.cloud.securitycentermanagement.v1.SecurityCenterService;
import com.google.protobuf.FieldMask;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Security Command Center against a fake of its REST surfaces: the organization's tier (v1beta2
 * getSubscription), each service's effective enablement state (Security Command Center Management
 * v1), notification configs (v2).
 */
class SccCollectorTest {

  private static final String ORG = "organizations/42";
  private static final String PROJECT = "projects/city-sandbox";
  private static final Target SANDBOX = GcpTesting.project("city-sandbox", ORG);

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private SccCollectorTest tier(String tier) {
    fake.get("/v1beta2/" + ORG + "/subscription", "{\"name\": \"" + ORG + "/subscription\", \"tier\": \"" + tier + "\"}");
    return this;
  }

  /** {@code parent}'s ETD, SHA and VMTD with these effective states (null: not stubbed, a 404). */
  private SccCollectorTest services(String parent, String etd, String sha, String vmtd) {
    String[] ids = {"event-threat-detection", "security-health-analytics", "vm-threat-detection"};
    String[] states = {etd, sha, vmtd};
    for (int i = 0; i < ids.length; i++) {
      if (states[i] != null) {
        String name = parent + "/locations/global/securityCenterServices/" + ids[i];
        fake.get("/v1/" + name, FakeEstate.sccService(name, "INHERITED", states[i]));
      }
    }
    fake.get("/v2/" + parent + "/locations/global/notificationConfigs", "{}");
    return this;
  }

  private Collected collect(Scope.Level level, Target target) {
    Collected out = new Collected();
    new SccCollector(GcpTesting.context(fake), level).collect(target, out);
    return out;
  }

  private Collected sandbox() {
    return collect(Scope.Level.ACCOUNT, SANDBOX);
  }

  private static SecurityService service(Collected out, Kind kind) {
    return out.all(SecurityService.class, s -> s.kind() == kind).get(0);
  }

  private static Known<Boolean> enabled(Collected out, Kind kind) {
    return service(out, kind).enabled();
  }

  @Test
  void projectBelowAStandardTierOrganization_isOff_evenWhenSccManagementSaysEnabled() {
    tier("STANDARD").services(PROJECT, "ENABLED", "ENABLED", "ENABLED");
    Collected out = sandbox();
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.of(false));
    assertThat(enabled(out, Kind.MALWARE_PROTECTION)).isEqualTo(Known.of(false));
    assertThat(enabled(out, Kind.POSTURE_MANAGEMENT)).isEqualTo(Known.of(true));
    assertThat(service(out, Kind.THREAT_DETECTION).detail()).contains("STANDARD", "not offered on the Standard tier");
  }

  @Test
  void serviceDisabledForTheProject_belowAPremiumOrganization_isOff() {
    tier("PREMIUM").services(PROJECT, "DISABLED", "ENABLED", "DISABLED");
    Collected out = sandbox();
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.of(false));
    assertThat(enabled(out, Kind.MALWARE_PROTECTION)).isEqualTo(Known.of(false));
  }

  @Test
  void unreadableTier_leavesEnabledPremiumServicesUnknown_neverOn() {
    fake.fail("/v1beta2/" + ORG + "/subscription", 403, GcpFake.denied("securitycenter.subscription.get"));
    services(PROJECT, "ENABLED", "ENABLED", "DISABLED");
    Collected out = sandbox();
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.unread());
    assertThat(service(out, Kind.THREAT_DETECTION).detail()).contains("securitycenter.subscription.get");
    assertThat(enabled(out, Kind.MALWARE_PROTECTION)).as("DISABLED is off on any tier").isEqualTo(Known.of(false));
    assertThat(enabled(out, Kind.POSTURE_MANAGEMENT)).isEqualTo(Known.of(true));
  }

  @Test
  void deniedServiceState_isUnknownNamingThePermission_neverOff() {
    tier("PREMIUM").services(PROJECT, null, "ENABLED", "ENABLED");
    fake.fail("/v1/" + PROJECT + "/locations/global/securityCenterServices/event-threat-detection", 403,
        GcpFake.denied("securitycentermanagement.securityCenterServices.get"));
    Collected out = sandbox();
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.unread());
    assertThat(service(out, Kind.THREAT_DETECTION).detail()).contains("securitycentermanagement.securityCenterServices.get");
    assertThat(enabled(out, Kind.MALWARE_PROTECTION)).isEqualTo(Known.of(true));
  }

  @Test
  void sccManagementApiNotEnabled_isUnknownNamingTheApi() {
    tier("PREMIUM").services(PROJECT, null, "ENABLED", "ENABLED");
    fake.fail("/v1/" + PROJECT + "/locations/global/securityCenterServices/event-threat-detection", 403,
        GcpFake.disabled("securitycentermanagement.googleapis.com", "projects/111111111111"));
    assertThat(service(sandbox(), Kind.THREAT_DETECTION).detail()).contains("SERVICE_DISABLED", "securitycentermanagement.googleapis.com");
  }

  @Test
  void standardTier_decidesEvenWhenTheStateCannotBeRead() {
    tier("STANDARD").services(PROJECT, null, null, null);
    Collected out = sandbox();
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.of(false));
    assertThat(enabled(out, Kind.MALWARE_PROTECTION)).isEqualTo(Known.of(false));
    assertThat(enabled(out, Kind.POSTURE_MANAGEMENT)).isEqualTo(Known.unread());
  }

  @Test
  void premiumOrganization_withEverythingEnabled_isOn_andEachServiceIsItsOwnResource() {
    tier("PREMIUM").services(PROJECT, "ENABLED", "ENABLED", "ENABLED");
    Collected out = sandbox();
    assertThat(out.all(SecurityService.class, s -> s.kind() != Kind.INCIDENT_NOTIFICATION))
        .allSatisfy(s -> assertThat(s.enabled()).isEqualTo(Known.of(true)))
        .extracting(s -> s.resource().id()).containsExactlyInAnyOrder(
            PROJECT + "/locations/global/securityCenterServices/event-threat-detection",
            PROJECT + "/locations/global/securityCenterServices/security-health-analytics",
            PROJECT + "/locations/global/securityCenterServices/vm-threat-detection");
    assertThat(out.all(SecurityService.class)).allSatisfy(s -> assertThat(s.resource().account()).isEqualTo("city-sandbox"));
  }

  @Test
  void organization_recordsThreatDetectionAndPosture_butNotVmThreatDetection() {
    tier("PREMIUM").services(ORG, "ENABLED", "ENABLED", "ENABLED");
    fake.get("/v2/" + ORG + "/locations/global/notificationConfigs", """
        {"notificationConfigs": [{"name": "organizations/42/locations/global/notificationConfigs/oncall",
          "pubsubTopic": "projects/sec/topics/scc"}]}""");
    Collected out = collect(Scope.Level.ORGANIZATION, GcpTesting.organization(ORG));
    assertThat(out.all(SecurityService.class)).extracting(SecurityService::kind)
        .containsExactlyInAnyOrder(Kind.THREAT_DETECTION, Kind.POSTURE_MANAGEMENT, Kind.INCIDENT_NOTIFICATION);
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.of(true));
    assertThat(enabled(out, Kind.INCIDENT_NOTIFICATION)).isEqualTo(Known.of(true));
    assertThat(new SccCollector(GcpTesting.context(fake), Scope.Level.ORGANIZATION).looksFor())
        .doesNotContain("SecurityService.MALWARE_PROTECTION");
  }

  @Test
  void projectWithoutOrganization_theEffectiveStateDecides() {
    fake.get("/v3/projects/city-solo-01", "{\"name\": \"projects/222222222222\", \"projectId\": \"city-solo-01\", "
        + "\"state\": \"ACTIVE\"}");
    services("projects/city-solo-01", "ENABLED", "DISABLED", "DISABLED");
    Collected out = collect(Scope.Level.ACCOUNT, GcpTesting.project("city-solo-01"));
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.of(true));
    assertThat(enabled(out, Kind.MALWARE_PROTECTION)).isEqualTo(Known.of(false));
    assertThat(enabled(out, Kind.INCIDENT_NOTIFICATION)).as("no organization's configs cover it").isEqualTo(Known.of(false));
    assertThat(fake.count("GET", "/v1beta2/.*")).as("no organization, no subscription to read").isZero();
  }

  @Test
  void projectWhoseParentCannotBeRead_isNotTakenForOneWithoutOrganization() {
    fake.fail("/v3/projects/city-solo-01", 403, GcpFake.denied("resourcemanager.projects.get"));
    services("projects/city-solo-01", "ENABLED", "ENABLED", "ENABLED");
    Collected out = collect(Scope.Level.ACCOUNT, GcpTesting.project("city-solo-01"));
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.unread());
    assertThat(service(out, Kind.THREAT_DETECTION).detail()).contains("resourcemanager.projects.get");
    assertThat(enabled(out, Kind.MALWARE_PROTECTION)).isEqualTo(Known.unread());
  }

  @Test
  void projectBelowAFolderWhoseOrganizationIsUnknown_leavesPremiumServicesUnknown() {
    services(PROJECT, "ENABLED", "ENABLED", "ENABLED");
    Collected out = collect(Scope.Level.ACCOUNT, GcpTesting.project("city-sandbox", "folders/7"));
    assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.unread());
    assertThat(service(out, Kind.THREAT_DETECTION).detail()).contains("folders/7");
    assertThat(enabled(out, Kind.POSTURE_MANAGEMENT)).isEqualTo(Known.of(true));
  }

  @Test
  void projectBelowAnOrganization_withoutNotificationConfigs_leavesThemToTheOrganization() {
    tier("PREMIUM").services(PROJECT, "ENABLED", "ENABLED", "ENABLED");
    assertThat(sandbox().all(SecurityService.class, s -> s.kind() == Kind.INCIDENT_NOTIFICATION)).isEmpty();
  }

  @Test
  void deniedNotificationConfigs_isAFailedRead_neverOff() {
    tier("PREMIUM").services(PROJECT, "ENABLED", "ENABLED", "ENABLED");
    fake.fail("/v2/" + PROJECT + "/locations/global/notificationConfigs", 403, GcpFake.denied("securitycenter.notificationconfig.list"));
    assertThatThrownBy(this::sandbox).isInstanceOf(GcpCall.GcpCallException.class);
  }

  @Test
  void folder_isNotReadForScc() {
    Collected out = collect(Scope.Level.ORGANIZATION, GcpTesting.organization("folders/7"));
    assertThat(out.all(SecurityService.class)).isEmpty();
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void tierIsReadOncePerScan_forEveryProjectBelowTheOrganization() {
    tier("STANDARD").services(PROJECT, "ENABLED", "ENABLED", "ENABLED").services("projects/city-sandbox-2", "ENABLED", "ENABLED", "ENABLED");
    SccCollector scc = new SccCollector(GcpTesting.context(fake), Scope.Level.ACCOUNT);
    scc.collect(SANDBOX, new Collected());
    scc.collect(GcpTesting.project("city-sandbox-2", ORG), new Collected());
    assertThat(fake.count("GET", "/v1beta2/organizations/42/subscription")).isEqualTo(1);
  }

  @Test
  void sccManagementWrite_isRefusedBeforeItIsSent() {
    Throwable t = catchThrowable(() -> GcpTesting.context(fake).gapic().securityCenterManagement().updateSecurityCenterService(
        SecurityCenterService.newBuilder().setName(PROJECT + "/locations/global/securityCenterServices/event-threat-detection")
            .setIntendedEnablementState(SecurityCenterService.EnablementState.DISABLED).build(),
        FieldMask.newBuilder().addPaths("intended_enablement_state").build()));
    boolean refused = false;
    for (Throwable c = t; c != null; c = c.getCause()) {
      refused |= c instanceof ReadOnlyViolation;
    }
    assertThat(refused).as("refused by the guard: %s", t).isTrue();
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void endpointOverride_sendsSccManagementReadsThere() {
    try (GcpFake psc = new GcpFake()) {
      tier("PREMIUM");
      fake.get("/v2/" + PROJECT + "/locations/global/notificationConfigs", "{}");
      String name = PROJECT + "/locations/global/securityCenterServices/";
      for (String id : new String[] {"event-threat-detection", "security-health-analytics", "vm-threat-detection"}) {
        psc.get("/v1/" + name + id, FakeEstate.sccService(name + id, "INHERITED", "ENABLED"));
      }
      GcpContext ctx = new GcpContext(GcpTesting.clients(fake, Map.of("endpoint-override", "securitycentermanagement=" + psc.url())),
          Map.of());
      Collected out = new Collected();
      new SccCollector(ctx, Scope.Level.ACCOUNT).collect(SANDBOX, out);
      assertThat(enabled(out, Kind.THREAT_DETECTION)).isEqualTo(Known.of(true));
      assertThat(psc.count("GET", "/v1/.*securityCenterServices/.*")).isEqualTo(3);
      assertThat(fake.count("GET", "/v1/.*securityCenterServices/.*")).isZero();
    }
  }
}
