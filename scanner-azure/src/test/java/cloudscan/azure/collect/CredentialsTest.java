package cloudscan.azure.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.identity.AzureCliCredential;
import com.azure.identity.DefaultAzureCredential;
import com.azure.identity.EnvironmentCredential;
import com.azure.identity.ManagedIdentityCredential;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CredentialsTest {

  private static final AzureCloud PUBLIC = AzureCloud.of("public", null, null);

  @ParameterizedTest
  @CsvSource({"default,DefaultAzureCredential", "cli,AzureCliCredential", "env,EnvironmentCredential",
      "managed-identity,ManagedIdentityCredential", "CLI,AzureCliCredential"})
  void eachMode_picksItsCredential(String mode, String type) {
    assertThat(Credentials.of(mode, "72f988bf-86f1-41af-91ab-2d7cd011db47", PUBLIC).getClass().getSimpleName())
        .isEqualTo(type);
  }

  @Test
  void workloadIdentityWithoutItsEnvironment_namesWhatIsMissing() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("AZURE_FEDERATED_TOKEN_FILE") == null);
    assertThatThrownBy(() -> Credentials.of("workload-identity", "72f988bf-86f1-41af-91ab-2d7cd011db47", PUBLIC))
        .hasMessageContaining("AZURE_FEDERATED_TOKEN_FILE");
  }

  @Test
  void unknownMode_namesTheModes() {
    assertThatThrownBy(() -> Credentials.of("password", null, PUBLIC)).hasMessageContaining(Credentials.MODES);
  }

  @Test
  void clouds_pointAtTheirOwnEndpoints() {
    assertThat(List.of(AzureCloud.of("china", null, null).arm().getHost(), AzureCloud.of("usgov", null, null).graph().getHost(),
        PUBLIC.armScope())).containsExactly("management.chinacloudapi.cn", "graph.microsoft.us", "https://management.azure.com/.default");
  }

  @Test
  void keyVaultSuffix_isTheClouds_unknownForACustomEndpoint_unlessGiven() {
    java.net.URI stack = java.net.URI.create("https://management.local.azurestack.external");
    assertThat(java.util.Arrays.asList(PUBLIC.keyVaultSuffix(), AzureCloud.of("china", null, null).keyVaultSuffix(),
        AzureCloud.of("public", stack, null).keyVaultSuffix(),
        AzureCloud.of("public", stack, null, "vault.local.azurestack.external").keyVaultSuffix(),
        AzureCloud.of("usgov", null, null).keyVaultScope()))
        .containsExactly(".vault.azure.net", ".vault.azure.cn", null, ".vault.local.azurestack.external",
            "https://vault.usgovcloudapi.net/.default");
  }

  @SuppressWarnings("unused")
  private static final List<Class<?>> TYPES = List.of(DefaultAzureCredential.class, AzureCliCredential.class,
      EnvironmentCredential.class, ManagedIdentityCredential.class);
}
