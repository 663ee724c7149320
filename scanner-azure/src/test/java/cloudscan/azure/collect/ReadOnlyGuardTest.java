package cloudscan.azure.collect;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.azure.collect.ReadOperations.Plane;
import cloudscan.azure.testing.AzureFake;
import com.azure.core.credential.AccessToken;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.management.profile.AzureProfile;
import com.azure.core.util.Context;
import com.azure.resourcemanager.network.NetworkManager;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class ReadOnlyGuardTest {

  private static final String NSGS = "/subscriptions/" + SUB + "/providers/Microsoft.Network/networkSecurityGroups";
  private static final String NSG = AzureFake.RG + "/Microsoft.Network/networkSecurityGroups/nsg-web";

  private AzureFake fake;
  private AzureClients clients;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
    clients = fake.clients();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void aWrite_isRefusedBeforeItIsSent() {
    fake.answer("PUT", NSG, 200, "{}");
    HttpRequest put = new HttpRequest(HttpMethod.PUT, fake.base() + NSG + "?api-version=2024-05-01").setBody("{}");
    assertThatThrownBy(() -> clients.armPipeline().sendSync(put, Context.NONE)).isInstanceOf(ReadOnlyViolation.class);
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void aSecretReturningPost_isRefusedBeforeItIsSent() {
    String listKeys = AzureFake.RG + "/Microsoft.Storage/storageAccounts/stlogs/listKeys";
    fake.answer("POST", listKeys, 200, "{\"keys\":[]}");
    HttpRequest post = new HttpRequest(HttpMethod.POST, fake.base() + listKeys + "?api-version=2023-05-01");
    assertThatThrownBy(() -> clients.armPipeline().sendSync(post, Context.NONE)).isInstanceOf(ReadOnlyViolation.class);
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void anUnlistedRead_isRefused() {
    String secrets = AzureFake.RG + "/Microsoft.KeyVault/vaults/kv-app/secrets";
    HttpRequest get = new HttpRequest(HttpMethod.GET, fake.base() + secrets + "?api-version=2023-07-01");
    assertThatThrownBy(() -> clients.armPipeline().sendSync(get, Context.NONE)).isInstanceOf(ReadOnlyViolation.class);
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void keyVaultDataPlane_refusesSecretsKeyOperationsAndHostsOutsideTheSuffix_beforeTheyAreSent() {
    fake.vault("kv-app", "/secrets/db-password", "{\"value\":\"s3cret\"}");
    List<HttpRequest> refused = List.of(
        new HttpRequest(HttpMethod.GET, "https://kv-app.vault.azure.net/secrets/db-password?api-version=7.5"),
        new HttpRequest(HttpMethod.POST, "https://kv-app.vault.azure.net/keys/cmk/0a1b/wrapkey?api-version=7.5"),
        new HttpRequest(HttpMethod.GET, "https://vault.azure.net.example.com/certificates?api-version=7.5"));
    for (HttpRequest r : refused) {
      assertThatThrownBy(() -> clients.keyVaultPipeline().sendSync(r, Context.NONE))
          .as(r.getUrl().toString()).isInstanceOf(ReadOnlyViolation.class);
    }
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void aListedReadToAnotherHost_isRefused() {
    HttpRequest get = new HttpRequest(HttpMethod.GET, "https://127.0.0.2:1" + NSGS + "?api-version=2024-05-01");
    assertThatThrownBy(() -> clients.armPipeline().sendSync(get, Context.NONE)).isInstanceOf(ReadOnlyViolation.class);
  }

  @Test
  void theSdksOwnProviderRegistration_isRefusedBeforeItIsSent() {
    // The management SDK's default pipeline answers 409 MissingSubscriptionRegistration by POSTing
    // .../providers/Microsoft.Network/register: with the guard in that pipeline, the POST never leaves.
    fake.answer("GET", NSGS, 409, "errors/missing-registration-network.json");
    fake.answer("POST", "/subscriptions/" + SUB + "/providers/Microsoft.Network/register", 200, "{}");
    ReadOnlyGuard guard = new ReadOnlyGuard(Plane.ARM, "localhost");
    NetworkManager sdkDefault = NetworkManager.configure().withPolicy(guard)
        .authenticate(r -> Mono.just(new AccessToken("fake-token", OffsetDateTime.now().plusHours(1))),
            new AzureProfile(AzureFake.TENANT, SUB, clients.cloud().environment()));
    assertThatThrownBy(() -> sdkDefault.serviceClient().getNetworkSecurityGroups().list().stream().toList())
        .satisfies(e -> assertThat(AzureErrors.notRegistered(e)).isTrue());
    assertThat(List.of(fake.count("POST", "/register"), guard.refused().stream().anyMatch(r -> r.endsWith("/register"))))
        .containsExactly(0L, true);
  }

  @Test
  void scannersOwnPipeline_treatsUnregisteredProviderAsNothingThere_andSendsNoPost() {
    fake.answer("GET", NSGS, 409, "errors/missing-registration-network.json");
    NetworkManager network = clients.manager(SUB, NetworkManager.class, NetworkManager::authenticate);
    List<?> groups = Reads.unlessUnregistered(
        () -> network.serviceClient().getNetworkSecurityGroups().list().stream().toList());
    assertThat(List.of(groups.size(), fake.count("POST", ""))).containsExactly(0, 0L);
  }

  @Test
  void readList_neverAllowsSecretOrRegistrationActions() {
    assertThat(ReadOperations.ALL).noneMatch(o -> ReadOperations.isDenied(o.method(), ReadOperations.segments(o.path())))
        .allMatch(o -> o.method().equals("GET") || o.name().equals("resourcegraph:Resources"));
  }
}
