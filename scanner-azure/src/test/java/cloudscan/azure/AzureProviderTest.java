package cloudscan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.collect.ReadOperations;
import cloudscan.core.provider.Provider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class AzureProviderTest {

  /** The committed copy, next to the modules (surefire runs in the module directory). */
  private static final Path COMMITTED = Path.of(System.getProperty("basedir", "."))
      .resolve("../docs/azure/cloudscan-reader-role.json").normalize();

  @Test
  void serviceLoader_findsTheAzureProvider() {
    assertThat(ServiceLoader.load(Provider.class).stream().map(p -> p.get().id())).contains("azure");
  }

  @Test
  void committedRole_equalsTheGeneratedOne() throws Exception {
    assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
        .as("%s is stale: regenerate with ./cloudscan permissions --provider azure", COMMITTED)
        .isEqualTo(new AzureProvider().leastPrivilege().orElseThrow());
  }

  @Test
  void role_grantsExactlyTheReadListsActions_allReads_noWildcard_andOnlyTheCertificateReadDataAction() throws Exception {
    JsonNode role = new ObjectMapper().readTree(new AzureProvider().leastPrivilege().orElseThrow());
    List<String> actions = new ArrayList<>();
    role.get("Actions").forEach(a -> actions.add(a.asText()));
    List<String> data = new ArrayList<>();
    role.get("DataActions").forEach(a -> data.add(a.asText()));
    assertThat(List.of(actions, data, role.get("IsCustom").asBoolean()))
        .containsExactly(ReadOperations.rbacActions(), List.of("Microsoft.KeyVault/vaults/certificates/read"), true);
    assertThat(actions).allMatch(a -> a.endsWith("/read") && !a.contains("*"));
  }

  @Test
  void role_namesTheOptionalGraphPermissions_allReadOnly() throws Exception {
    String description = new ObjectMapper().readTree(new AzureProvider().leastPrivilege().orElseThrow())
        .get("Description").asText();
    assertThat(ReadOperations.graphPermissions()).containsExactly("AuditLog.Read.All", "Policy.Read.All")
        .allMatch(description::contains);
  }
}
