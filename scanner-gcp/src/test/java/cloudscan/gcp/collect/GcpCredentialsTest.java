package cloudscan.gcp.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderException;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token file is read as gcloud writes it, and impersonation exchanges the token where the options say. */
class GcpCredentialsTest {

  private static final String TARGET = "scanner@city-audit.iam.gserviceaccount.com";
  private static final String EXCHANGED = "{\"accessToken\": \"impersonated-token\", \"expireTime\": \"2099-01-01T00:00:00Z\"}";

  @TempDir
  Path tmp;

  private final GcpFake fake = new GcpFake();
  private String proxyHost;
  private String proxyPort;

  /** Outbound HTTPS goes to a closed local port, so a token exchange sent to Google fails instead of leaving. */
  @BeforeEach
  void noInternet() {
    proxyHost = System.getProperty("https.proxyHost");
    proxyPort = System.getProperty("https.proxyPort");
    System.setProperty("https.proxyHost", "127.0.0.1");
    System.setProperty("https.proxyPort", "9");
  }

  @AfterEach
  void restore() {
    fake.close();
    restore("https.proxyHost", proxyHost);
    restore("https.proxyPort", proxyPort);
  }

  private Path tokenFile(byte[] content) throws Exception {
    Path file = tmp.resolve("token.txt");
    Files.write(file, content);
    return file;
  }

  private static GcpCredentials.Resolved resolve(Map<String, String> options) throws ProviderException {
    return GcpCredentials.resolve(GcpSettings.of(new ProviderConfig(List.of(), null, 4, options)));
  }

  private String tokenFrom(String content) throws Exception {
    Path file = tokenFile(content.getBytes(StandardCharsets.UTF_8));
    return resolve(Map.of("access-token-file", file.toString())).credentials().getAccessToken().getTokenValue();
  }

  @Test
  void tokenFileAsNotepadSavesIt_byteOrderMarkAndCrLf_isReadAsTheToken() throws Exception {
    assertThat(tokenFrom("\uFEFFya29.a0AfB_byC\r\n")).isEqualTo("ya29.a0AfB_byC");
    assertThat(tokenFrom("ya29.a0Af-B~c+d/e==\n")).isEqualTo("ya29.a0Af-B~c+d/e==");
  }

  @Test
  void tokenFileHoldingJson_isRefusedNamingTheFileAndWhatWasExpected() throws Exception {
    Path file = tokenFile("{\"access_token\":\"ya29.a0AfB_byC\",\"expires_in\":3599,\"token_type\":\"Bearer\"}"
        .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> resolve(Map.of("access-token-file", file.toString()))).isInstanceOf(ProviderException.class)
        .hasMessageContaining("--gcp-access-token-file " + file).hasMessageContaining("expected only an access token")
        .hasMessageContaining("not JSON");
  }

  @Test
  void tokenFileWithAnythingButOneToken_isRefused() throws Exception {
    for (String bad : List.of("Bearer ya29.abc", "ya29.abc\nya29.def", "", "  \n", "ya29.abc;rm", "ya29.a=b")) {
      Path file = tokenFile(bad.getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> resolve(Map.of("access-token-file", file.toString()))).as(bad)
          .isInstanceOf(ProviderException.class).hasMessageContaining("--gcp-access-token-file " + file)
          .hasMessageContaining("expected only an access token");
    }
  }

  /** Windows PowerShell's {@code >} writes UTF-16 with a byte order mark. */
  @Test
  void tokenFileInUtf16_isRefusedSayingSo() throws Exception {
    Path file = tokenFile("\uFEFFya29.abc\r\n".getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> resolve(Map.of("access-token-file", file.toString()))).isInstanceOf(ProviderException.class)
        .hasMessageContaining("--gcp-access-token-file " + file).hasMessageContaining("not UTF-8");
  }

  private Map<String, String> impersonating(String chain) throws Exception {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("access-token-file", tokenFile((GcpTesting.TOKEN + "\n").getBytes(StandardCharsets.UTF_8)).toString());
    o.put("impersonate-service-account", chain);
    return o;
  }

  private static LoggedRequest exchange(GcpFake at) {
    List<LoggedRequest> seen = at.requests().stream().filter(r -> r.getUrl().endsWith(":generateAccessToken")).toList();
    assertThat(seen).as("token exchanges the fake saw").hasSize(1);
    return seen.get(0);
  }

  @Test
  void impersonation_exchangesTheTokenAtGcpEndpoint_andReadsWithTheExchangedToken() throws Exception {
    fake.stub(post(urlPathMatching(".*:generateAccessToken")), EXCHANGED);
    Map<String, String> o = impersonating(TARGET);
    o.put("endpoint", fake.url());
    GcpCredentials.Resolved r = resolve(o);

    assertThat(refreshed(r)).as("the token reads are sent with").isEqualTo("impersonated-token");
    LoggedRequest sent = exchange(fake);
    assertThat(sent.getUrl()).isEqualTo("/v1/projects/-/serviceAccounts/" + TARGET + ":generateAccessToken");
    assertThat(sent.getHeader("Authorization")).as("the exchange is authorized by the token file")
        .isEqualTo("Bearer " + GcpTesting.TOKEN);
    assertThat(r.identity()).contains(TARGET);
  }

  @Test
  void delegationChain_asGcloudTakesIt_lastIsTheTarget_theOthersAreDelegates() throws Exception {
    fake.stub(post(urlPathMatching(".*:generateAccessToken")), EXCHANGED);
    Map<String, String> o = impersonating("hop@city-audit.iam.gserviceaccount.com, " + TARGET);
    o.put("endpoint", fake.url());
    assertThat(refreshed(resolve(o))).isEqualTo("impersonated-token");

    LoggedRequest sent = exchange(fake);
    assertThat(sent.getUrl()).isEqualTo("/v1/projects/-/serviceAccounts/" + TARGET + ":generateAccessToken");
    JsonNode body = new ObjectMapper().readTree(sent.getBodyAsString());
    assertThat(body.get("delegates").toString())
        .isEqualTo("[\"projects/-/serviceAccounts/hop@city-audit.iam.gserviceaccount.com\"]");
    assertThat(body.get("scope").toString()).contains("https://www.googleapis.com/auth/cloud-platform");
  }

  @Test
  void iamcredentialsOverride_winsOverGcpEndpoint() throws Exception {
    try (GcpFake iam = new GcpFake()) {
      iam.stub(post(urlPathMatching(".*:generateAccessToken")), EXCHANGED);
      Map<String, String> o = impersonating(TARGET);
      o.put("endpoint", fake.url());
      o.put("endpoint-override", "iamcredentials=" + iam.url());
      assertThat(refreshed(resolve(o))).isEqualTo("impersonated-token");
      exchange(iam);
      assertThat(fake.count("POST", ".*:generateAccessToken")).isZero();
    }
  }

  private static String refreshed(GcpCredentials.Resolved r) throws Exception {
    r.credentials().refresh();
    return r.credentials().getAccessToken().getTokenValue();
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
