package cloudscan.azure.collect.web;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.crypto.TlsTooOld;
import cloudscan.checks.crypto.TlsWeakCiphers;
import cloudscan.checks.exposure.PublicEndpointOpen;
import cloudscan.core.check.Status;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.snapshot.GapKind;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppServiceCollectorTest {

  static final String SITES = "/subscriptions/" + SUB + "/providers/Microsoft.Web/sites";
  static final String WEB = "/subscriptions/" + SUB + "/resourceGroups/rg-web/providers/Microsoft.Web/sites/";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  static void stub(AzureFake f) {
    f.get(SITES, "web/sites.json");
    for (String app : List.of("app-secure", "app-legacy", "app-mtls")) {
      f.get(WEB + app + "/config/web", "web/config-" + app + ".json");
    }
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new AppServiceCollector(clients));
  }

  @Test
  void deniedConfiguration_isAGap_andTheAppsTlsUnknownNeverPass() {
    stub(fake);
    fake.error("GET", WEB + "app-secure/config/web", 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.gaps().get(0).kind(), c.gaps().get(0).operation(), c.judge(new TlsTooOld()).has(Status.UNKNOWN),
        c.all(TlsPolicy.class).stream().anyMatch(p -> p.resource().id().endsWith("/app-secure"))))
        .containsExactly(GapKind.ACCESS_DENIED, "web:WebApps_GetConfiguration", true, false);
  }

  @Test
  void httpsOnlyOffAndTls10_fails_andTheHttpsOnlyTls12TwinPasses() {
    stub(fake);
    Collected c = collect();
    assertThat(List.of(c.verdict(new TlsTooOld(), "sites/app-legacy"), c.verdict(new TlsTooOld(), "sites/app-secure"),
        c.verdict(new TlsWeakCiphers(), "sites/app-secure"))).containsExactly(Status.FAIL, Status.PASS, Status.PASS);
  }

  @Test
  void plainFtpAllowed_fails_andFtpsOnlyAddsNoEndpoint() {
    stub(fake);
    Collected c = collect();
    assertThat(List.of(c.verdict(new TlsTooOld(), "sites/app-legacy/ftp"),
        c.all(TlsPolicy.class).stream().filter(p -> p.resource().id().endsWith("/ftp")).count()))
        .containsExactly(Status.FAIL, 1L);
  }

  @Test
  void allowAllAccessRestriction_failsExposure_andOfficeRangeOrClientCertificatesPass() {
    stub(fake);
    Collected c = collect();
    assertThat(List.of(c.verdict(new PublicEndpointOpen(), "sites/app-legacy"),
        c.verdict(new PublicEndpointOpen(), "sites/app-secure"), c.verdict(new PublicEndpointOpen(), "sites/app-mtls")))
        .containsExactly(Status.FAIL, Status.PASS, Status.PASS);
  }

  @Test
  void accessRestrictionsThatOnlyDenySomeAddresses_leaveTheAppOpen_neverRestricted() {
    stub(fake);
    fake.get(WEB + "app-secure/config/web", AzureFake.fixture("web/config-app-secure.json")
        .replace("\"action\": \"Allow\"", "\"action\": \"Deny\"").replace("\"ipSecurityRestrictionsDefaultAction\": \"Deny\"",
            "\"ipSecurityRestrictionsDefaultAction\": null"));
    assertThat(collect().verdict(new PublicEndpointOpen(), "sites/app-secure")).isEqualTo(Status.FAIL);
  }

  @Test
  void unregisteredWebProvider_meansNoApps_notAGap() {
    fake.answer("GET", SITES, 409, "errors/missing-registration-network.json");
    Collected c = collect();
    assertThat(List.of(c.gaps().isEmpty(), c.all(TlsPolicy.class).isEmpty())).containsExactly(true, true);
  }
}
