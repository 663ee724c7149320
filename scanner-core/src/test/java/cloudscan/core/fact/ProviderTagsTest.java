package cloudscan.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderTagsTest {

  @Test
  void trustedServicesBypass_isAProviderService_neitherInternetNorUnknown() {
    assertThat(ProviderTags.judge(Cloud.AZURE, "AzureTrustedServices")).isEqualTo(ProviderTags.Reach.PROVIDER_SERVICE);
  }

  @Test
  void internetTags_stayInternet_andUnknownNamesUnknown() {
    assertThat(List.of(ProviderTags.judge(Cloud.AZURE, "AzureCloud"), ProviderTags.judge(Cloud.AZURE, "SomethingNew")))
        .containsExactly(ProviderTags.Reach.INTERNET, ProviderTags.Reach.UNKNOWN);
  }
}
