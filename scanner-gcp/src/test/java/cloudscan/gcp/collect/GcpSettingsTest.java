package cloudscan.gcp.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad options are refused with a message naming the option, before anything is called. */
class GcpSettingsTest {

  private static GcpSettings of(Map<String, String> options) throws ProviderException {
    return GcpSettings.of(new ProviderConfig(List.of(), null, 4, options));
  }

  @Test
  void badValues_nameTheirOption() {
    assertThatThrownBy(() -> of(Map.of("endpoint", "not a url"))).isInstanceOf(ProviderException.class)
        .hasMessageContaining("--gcp-endpoint");
    assertThatThrownBy(() -> of(Map.of("endpoint-override", "nosuchapi=http://127.0.0.1:1"))).hasMessageContaining(
        "--gcp-endpoint-override").hasMessageContaining("compute");
    assertThatThrownBy(() -> of(Map.of("organization", "example.com"))).hasMessageContaining("--organization");
    assertThatThrownBy(() -> of(Map.of("project", "Not A Project"))).hasMessageContaining("--project");
    assertThatThrownBy(() -> of(Map.of("access-token-file", "/no/such/file"))).hasMessageContaining("--gcp-access-token-file");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"p1", "abcde", "a234567890123456789012345678901", "city-prod-",
      "1city-prod", "City-Prod", "city_prod", "city.prod", ":city-prod"})
  void projectIdsGoogleWouldRefuse_areBadInput(String id) {
    assertThatThrownBy(() -> of(Map.of("project", id))).isInstanceOf(ProviderException.class)
        .hasMessageContaining("--project '" + id + "'").hasMessageContaining("6 to 30");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"abcdef", "city-prod-123", "a23456789012345678901234567890",
      "example.co.jp:city-prod"})
  void realProjectIds_areAccepted(String id) throws Exception {
    assertThat(of(Map.of("project", id)).projects()).containsExactly(id);
  }

  @Test
  void endpoints_overrideWinsOverCommonWhichWinsOverGoogles() throws Exception {
    GcpSettings s = of(Map.of("endpoint", "http://127.0.0.1:9/", "endpoint-override", "compute=https://psc.example:8443"));
    assertThat(s.baseUrl("compute")).isEqualTo("https://psc.example:8443");
    assertThat(s.baseUrl("cloudkms")).isEqualTo("http://127.0.0.1:9");
    assertThat(of(Map.of()).baseUrl("cloudkms")).isEqualTo("https://cloudkms.googleapis.com");
  }

  @Test
  void multiValuedOptions_areCommaJoined_andScopesNormalised() throws Exception {
    GcpSettings s = of(Map.of("project", "city-prod,city-dev", "folder", "folders/7", "organization", "42"));
    assertThat(s.projects()).containsExactly("city-prod", "city-dev");
    assertThat(s.folder()).contains("folders/7");
    assertThat(s.organization()).contains("organizations/42");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"https://proxy.example/gcp", "http://127.0.0.1:8080/gcp/",
      "https://psc.example?x=1", "https://psc.example#top", "https://user:pw@psc.example"})
  void anEndpointWithAPathOrQuery_isRefused_theGuardMatchesPathsFromTheRoot(String url) {
    assertThatThrownBy(() -> of(Map.of("endpoint", url))).isInstanceOf(ProviderException.class)
        .hasMessageContaining("--gcp-endpoint '" + url + "'").hasMessageContaining("expected scheme://host[:port] with no path");
    assertThatThrownBy(() -> of(Map.of("endpoint-override", "compute=" + url))).isInstanceOf(ProviderException.class)
        .hasMessageContaining("--gcp-endpoint-override compute").hasMessageContaining("with no path");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"http://127.0.0.1:99999", "http://127.0.0.1:0",
      "https://psc.example:65536"})
  void aPortOutside1To65535_isRefused(String url) {
    assertThatThrownBy(() -> of(Map.of("endpoint", url))).isInstanceOf(ProviderException.class)
        .hasMessageContaining("--gcp-endpoint").hasMessageContaining("outside 1-65535");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"http://10.0.0.5:8080", "http://compute-psc.city.internal",
      "http://127.0.0.1.nip.io", "http://[fd00::1]:8080", "http://128.0.0.1"})
  void plainHttpOffThisMachine_isRefused_theTokenWouldTravelInClear(String url) {
    assertThatThrownBy(() -> of(Map.of("endpoint-override", "compute=" + url))).isInstanceOf(ProviderException.class)
        .hasMessageContaining("--gcp-endpoint-override compute").hasMessageContaining("use https");
    assertThatThrownBy(() -> of(Map.of("endpoint", url))).isInstanceOf(ProviderException.class)
        .hasMessageContaining("--gcp-endpoint '").hasMessageContaining("unencrypted");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"http://localhost:8080", "http://LOCALHOST",
      "http://127.0.0.1:9/", "http://127.10.20.30:443", "http://[::1]:8080", "https://10.0.0.5:8443",
      "https://compute-psc.city.internal"})
  void loopbackHttp_andHttpsAnywhere_areAccepted_asScheme_host_port(String url) throws Exception {
    String base = of(Map.of("endpoint", url)).baseUrl("compute");
    assertThat(url.toLowerCase()).startsWith(base.toLowerCase());
    assertThat(base).doesNotEndWith("/");
  }

  @Test
  void theCommonEndpointUrl_isHeldToTheSameRules() {
    assertThatThrownBy(() -> GcpSettings.of(new ProviderConfig(List.of(), java.net.URI.create("http://10.0.0.5"), 4,
        Map.of()))).isInstanceOf(ProviderException.class).hasMessageContaining("--endpoint-url");
  }

  @Test
  void iamcredentials_canBeOverridden_forTheImpersonationTokenExchange() throws Exception {
    GcpSettings s = of(Map.of("endpoint-override", "iamcredentials=https://iam-psc.example"));
    assertThat(s.configuredUrl("iamcredentials")).contains("https://iam-psc.example");
    assertThat(s.configuredUrl("compute")).isEmpty();
  }

  @Test
  void quotaProject_mustBeAProjectId() throws Exception {
    assertThatThrownBy(() -> of(Map.of("quota-project", "Not A Project"))).isInstanceOf(ProviderException.class)
        .hasMessageContaining("--quota-project 'Not A Project' is not a project ID");
    assertThatThrownBy(() -> of(Map.of("quota-project", "123456789012"))).hasMessageContaining("--quota-project");
    assertThat(of(Map.of("quota-project", "city-audit")).quotaProject()).contains("city-audit");
  }

  @Test
  void impersonatedAccount_mustBeAnEmail_orADelegationChainOfThem() throws Exception {
    for (String bad : List.of("not-an-email", "scanner@", "@city-audit.iam.gserviceaccount.com",
        "a@city-audit.iam.gserviceaccount.com,projects/-/serviceAccounts/b")) {
      assertThatThrownBy(() -> of(Map.of("impersonate-service-account", bad))).as(bad).isInstanceOf(ProviderException.class)
          .hasMessageContaining("--impersonate-service-account").hasMessageContaining("is not an email address");
    }
    assertThat(of(Map.of("impersonate-service-account", "scanner@city-audit.iam.gserviceaccount.com")).impersonate())
        .containsExactly("scanner@city-audit.iam.gserviceaccount.com");
    assertThat(of(Map.of("impersonate-service-account", "hop@a.iam.gserviceaccount.com, scanner@b.iam.gserviceaccount.com"))
        .impersonate()).containsExactly("hop@a.iam.gserviceaccount.com", "scanner@b.iam.gserviceaccount.com");
  }
}
