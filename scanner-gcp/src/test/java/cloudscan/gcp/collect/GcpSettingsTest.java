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
}
