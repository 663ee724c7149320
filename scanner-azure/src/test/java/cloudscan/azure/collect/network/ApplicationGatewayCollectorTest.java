package cloudscan.azure.collect.network;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.crypto.TlsTooOld;
import cloudscan.checks.crypto.TlsWeakCiphers;
import cloudscan.checks.exposure.PublicEndpointOpen;
import cloudscan.core.check.Status;
import cloudscan.core.fact.TlsPolicy;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicationGatewayCollectorTest {

  static final String S = "/subscriptions/" + SUB + "/providers/Microsoft.Network/";
  static final String GATEWAYS = S + "applicationGateways";
  static final String PREDEFINED = S + "applicationGatewayAvailableSslOptions/default/predefinedPolicies";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
    fake.get(S + "networkSecurityGroups", "network/nsgs.json");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new ApplicationGatewayCollector(clients));
  }

  @Test
  void deniedPredefinedPolicies_isAGap_andThePredefinedListenersUnknownNeverPass() {
    fake.get(GATEWAYS, "network/appgateways.json").error("GET", PREDEFINED, 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.gaps().get(0).operation(), c.verdict(new TlsTooOld(), "agw-strict/httplisteners/https-www"),
        c.verdict(new TlsWeakCiphers(), "agw-strict/httplisteners/https-www")))
        .containsExactly("network:ApplicationGateways_ListAvailableSslPredefinedPolicies", Status.UNKNOWN, Status.UNKNOWN);
  }

  @Test
  void customPolicyWithTls10And3des_fails_andThePredefined2022PolicyPasses() {
    fake.get(GATEWAYS, "network/appgateways.json").get(PREDEFINED, "network/ssl-predefined.json");
    Collected c = collect();
    assertThat(List.of(c.verdict(new TlsTooOld(), "agw-legacy/httplisteners/https-intra"),
        c.verdict(new TlsWeakCiphers(), "agw-legacy/httplisteners/https-intra"),
        c.verdict(new TlsTooOld(), "agw-strict/httplisteners/https-www"),
        c.verdict(new TlsWeakCiphers(), "agw-strict/httplisteners/https-www")))
        .containsExactly(Status.FAIL, Status.FAIL, Status.PASS, Status.PASS);
  }

  @Test
  void plainHttpListener_fails_andAListenerThatOnlyRedirectsToHttpsIsNoEndpoint() {
    fake.get(GATEWAYS, "network/appgateways.json").get(PREDEFINED, "network/ssl-predefined.json");
    Collected c = collect();
    assertThat(List.of(c.verdict(new TlsTooOld(), "agw-legacy/httplisteners/http-intra"),
        c.all(TlsPolicy.class).stream().anyMatch(p -> p.resource().id().endsWith("/http-www"))))
        .containsExactly(Status.FAIL, false);
  }

  @Test
  void gatewayWithoutSslPolicy_isUnknown_neverJudgedByAGuessedDefault() {
    fake.get(GATEWAYS, AzureFake.fixture("network/appgateways.json").replaceFirst(
        ",\\s*\"sslPolicy\": \\{[^}]*\\}", "")).get(PREDEFINED, "network/ssl-predefined.json");
    assertThat(collect().verdict(new TlsTooOld(), "agw-strict/httplisteners/https-www")).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void publicGatewayBehindAnNsgOpenToTheInternet_failsExposure_privateOrMutualTlsPass() {
    fake.get(GATEWAYS, "network/appgateways.json").get(PREDEFINED, "network/ssl-predefined.json");
    Collected c = collect();
    assertThat(List.of(c.verdict(new PublicEndpointOpen(), "applicationgateways/agw-strict"),
        c.verdict(new PublicEndpointOpen(), "applicationgateways/agw-legacy"),
        c.verdict(new PublicEndpointOpen(), "applicationgateways/agw-mtls")))
        .containsExactly(Status.FAIL, Status.PASS, Status.PASS);
  }
}
