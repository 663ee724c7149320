package cloudscan.azure.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureCloud;
import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;

/**
 * A local HTTPS fake of Azure Resource Manager and Microsoft Graph (WireMock on loopback with the
 * test certificate {@code tls/localhost.p12}). Bodies are JSON shaped like the REST API reference
 * examples; {@code ${base}} in a fixture becomes the fake's URL (for {@code nextLink}s). Unmatched
 * requests get an ARM-shaped 404, never a text page. Stubs match the path only (the SDK adds
 * {@code api-version}), case-insensitively, with any number of leading slashes.
 */
public final class AzureFake implements AutoCloseable {

  public static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
  public static final String SUB = "11111111-2222-3333-4444-555555555555";
  public static final String SUB2 = "66666666-7777-8888-9999-000000000000";
  public static final String RG = "/subscriptions/" + SUB + "/resourceGroups/rg-app/providers";
  /** The Key Vault DNS suffix the fake answers for (requests to it are routed to the fake). */
  public static final String VAULT_SUFFIX = ".vault.azure.net";

  private final WireMockServer server;

  private AzureFake(WireMockServer server) {
    this.server = server;
  }

  public static AzureFake start() {
    WireMockServer s = new WireMockServer(options().httpDisabled(true).dynamicHttpsPort().bindAddress("127.0.0.1")
        .keystorePath(keystore().toString()).keystorePassword("changeit").keyManagerPassword("changeit")
        .keystoreType("PKCS12"));
    s.start();
    s.stubFor(request("ANY", anyUrl()).atPriority(100).willReturn(armError(404, "NotStubbed", "no stub")));
    return new AzureFake(s);
  }

  /** The fake's base URL: {@code https://localhost:port}. */
  public String base() {
    return "https://localhost:" + server.httpsPort();
  }

  public WireMockServer server() {
    return server;
  }

  /** A client factory pointed at the fake (Resource Manager and Graph), with a fixed bearer token. */
  public AzureClients clients() {
    return clients(AzureClients.builder());
  }

  public AzureClients clients(AzureClients.Builder builder) {
    TokenCredential token = ctx -> Mono.just(new AccessToken("fake-token", OffsetDateTime.now().plusHours(1)));
    return builder.credential(token).cloud(AzureCloud.of("public", URI.create(base()), URI.create(base()), VAULT_SUFFIX))
        .http(new VaultRouting(HttpClient.createDefault(), base(), VAULT_SUFFIX))
        .tenant(TENANT).maxAttempts(3).retryDelay(Duration.ofMillis(10)).build();
  }

  /** Answers {@code GET path} of the vault {@code vault}'s data plane ({@code https://<vault>.vault.azure.net}). */
  public AzureFake vault(String vault, String path, String body) {
    server.stubFor(on("GET", path).withHeader(VaultRouting.VAULT, equalTo(vault)).atPriority(2)
        .willReturn(json(200, render(body))));
    return this;
  }

  /** Answers {@code GET path} of the vault {@code vault}'s data plane with an error shaped like Key Vault's. */
  public AzureFake vaultError(String vault, String path, int status, String code) {
    server.stubFor(on("GET", path).withHeader(VaultRouting.VAULT, equalTo(vault)).atPriority(2)
        .willReturn(armError(status, code, code + " (planted by the test)")));
    return this;
  }

  /** Answers {@code GET path} with {@code body} (a JSON text, or a fixture resource name ending in .json). */
  public AzureFake get(String path, String body) {
    return answer("GET", path, 200, body);
  }

  /** Answers {@code GET path} with {@code {"value": [items]}}. */
  public AzureFake list(String path, String... items) {
    return answer("GET", path, 200, "{\"value\": [" + String.join(",", items) + "]}");
  }

  public AzureFake answer(String method, String path, int status, String body) {
    server.stubFor(on(method, path).willReturn(json(status, render(body))));
    return this;
  }

  /** Answers the page {@code GET path?$skiptoken=token} (a nextLink) with {@code body}. */
  public AzureFake page(String path, String token, String body) {
    server.stubFor(on("GET", path).withQueryParam("$skiptoken", equalTo(token)).atPriority(1)
        .willReturn(json(200, render(body))));
    return this;
  }

  /** Answers {@code method path} with an ARM-shaped error. */
  public AzureFake error(String method, String path, int status, String code) {
    server.stubFor(on(method, path).willReturn(armError(status, code, code + " (planted by the test)")));
    return this;
  }

  /** Answers {@code GET path} with a custom response (headers, delays). */
  public AzureFake stub(String method, String path, ResponseDefinitionBuilder response) {
    server.stubFor(on(method, path).willReturn(response));
    return this;
  }

  public MappingBuilder on(String method, String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return request(method, urlPathMatching("(?i)/+" + Pattern.quote(p))).atPriority(5);
  }

  /** Every request the fake received. */
  public List<LoggedRequest> requests() {
    return server.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
  }

  /** Requests with this method whose path contains {@code part} (case-insensitive). */
  public long count(String method, String part) {
    String p = part.toLowerCase(Locale.ROOT);
    return requests().stream().filter(r -> r.getMethod().getName().equals(method)
        && r.getUrl().toLowerCase(Locale.ROOT).contains(p)).count();
  }

  public static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  public static ResponseDefinitionBuilder armError(int status, String code, String message) {
    return json(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
  }

  /**
   * A fixture (name ending in .json) or JSON text as served: {@code ${base}} becomes the fake's URL,
   * {@code ${recent}} a time one hour before the real clock (for settings whose age the scanner
   * judges against the time of the scan, such as a patch assessment).
   */
  public String render(String body) {
    String text = body.endsWith(".json") ? fixture(body) : body;
    return text.replace("${base}", base()).replace("${recent}",
        java.time.Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
  }

  /** A fixture from {@code src/test/resources/azure/}. */
  public static String fixture(String name) {
    try (InputStream in = AzureFake.class.getResourceAsStream("/azure/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture azure/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test certificate as a file (it may live in a jar), for WireMock and for {@code javax.net.ssl.trustStore}. */
  public static synchronized Path keystore() {
    try (InputStream in = AzureFake.class.getResourceAsStream("/tls/localhost.p12")) {
      Path p = Path.of(System.getProperty("java.io.tmpdir"), "cloudscan-azure-test-localhost.p12");
      Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
