package cloudscan.azure.collect.frontdoor;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.crypto.TlsTooOld;
import cloudscan.core.check.Status;
import cloudscan.core.fact.TlsPolicy;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FrontDoorCollectorTest {

  static final String PROFILES = "/subscriptions/" + SUB + "/providers/Microsoft.Cdn/profiles";
  static final String FD = "/subscriptions/" + SUB + "/resourceGroups/rg-edge/providers/Microsoft.Cdn/profiles/fd-city";

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
    f.get(PROFILES, "cdn/profiles.json").get(FD + "/customDomains", "cdn/domains.json")
        .get(FD + "/afdEndpoints", "cdn/endpoints.json").get(FD + "/afdEndpoints/ep-city/routes", "cdn/routes.json");
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new FrontDoorCollector(clients));
  }

  @Test
  void deniedRoutes_isAGap_andNoDomainIsJudged() {
    stub(fake);
    fake.error("GET", FD + "/afdEndpoints/ep-city/routes", 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.gaps().get(0).operation(), c.judge(new TlsTooOld()).has(Status.UNKNOWN),
        c.judge(new TlsTooOld()).has(Status.PASS))).containsExactly("cdn:Routes_ListByEndpoint", true, false);
  }

  @Test
  void domainServedOverPlainHttp_fails_andTheDomainThatRedirectsPasses() {
    stub(fake);
    Collected c = collect();
    assertThat(List.of(c.verdict(new TlsTooOld(), "customdomains/legacy-city"),
        c.verdict(new TlsTooOld(), "customdomains/www-city"), c.verdict(new TlsTooOld(), "afdendpoints/ep-city")))
        .containsExactly(Status.FAIL, Status.PASS, Status.PASS);
  }

  @Test
  void classicCdnProfiles_areNotFrontDoor_andNotRead() {
    stub(fake);
    Collected c = collect();
    assertThat(c.all(TlsPolicy.class)).hasSize(3).noneMatch(p -> p.resource().id().contains("cdn-classic"));
  }
}
