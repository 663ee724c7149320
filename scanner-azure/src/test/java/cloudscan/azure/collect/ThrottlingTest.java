package cloudscan.azure.collect;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.collect.security.DefenderCollector;
import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.snapshot.GapKind;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThrottlingTest {

  static final String PRICINGS = "/subscriptions/" + SUB + "/providers/Microsoft.Security/pricings";
  static final String CONTACTS = "/subscriptions/" + SUB + "/providers/Microsoft.Security/securityContacts";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
    fake.get(CONTACTS, "security/contacts.json");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void a429_isRetriedAfterItsRetryAfter_andTheReadSucceeds() {
    fake.server().stubFor(fake.on("GET", PRICINGS).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(AzureFake.armError(429, "TooManyRequests", "slow down").withHeader("Retry-After", "1"))
        .willSetStateTo("calm"));
    fake.server().stubFor(fake.on("GET", PRICINGS).inScenario("throttle").whenScenarioStateIs("calm")
        .willReturn(AzureFake.json(200, AzureFake.fixture("security/pricings-servers-on.json"))));
    var clients = fake.clients();
    long start = System.nanoTime();
    Collected c = Collected.run(clients, new DefenderCollector(clients));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(List.of(c.gaps().isEmpty(), clients.apiCalls().get("security:Pricings_List"), millis >= 1000,
        c.all(SecurityService.class).size())).containsExactly(true, 2L, true, 4);
  }

  @Test
  void throttledPastTheRetries_isAThrottledGap() {
    fake.error("GET", PRICINGS, 429, "TooManyRequests");
    var clients = fake.clients();
    Collected c = Collected.run(clients, new DefenderCollector(clients));
    assertThat(c.gaps()).singleElement().satisfies(g -> assertThat(g.kind()).isEqualTo(GapKind.THROTTLED));
  }

  @Test
  void subscriptionBucket_delaysReadsBeyondItsCapacity() {
    SubscriptionThrottle throttle = new SubscriptionThrottle(2, 10);
    assertThat(SubscriptionThrottle.subscriptionOf("//subscriptions/" + SUB + "/providers/x")).isEqualTo(SUB);
    var clients = fake.clients(AzureClients.builder().throttle(2, 10));
    long start = System.nanoTime();
    for (int i = 0; i < 6; i++) {
      clients.arm().list("/subscriptions/" + SUB + "/providers/Microsoft.Security/securityContacts?api-version=x");
    }
    assertThat((System.nanoTime() - start) / 1_000_000).as("6 reads at 2 + 10/s").isGreaterThanOrEqualTo(350);
    assertThat(throttle).isNotNull();
  }
}
