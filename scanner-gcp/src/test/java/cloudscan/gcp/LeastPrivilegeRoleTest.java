package cloudscan.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.gcp.collect.LeastPrivilegeRole;
import cloudscan.gcp.collect.Read;
import cloudscan.gcp.collect.ReadList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The custom role is generated from the read list the guard enforces, and the committed copy is current. */
class LeastPrivilegeRoleTest {

  private static final Path COMMITTED = Path.of("..", "docs", "gcp", "cloudscan-role.yaml");

  private static List<String> permissions(String yaml) {
    return yaml.lines().filter(l -> l.startsWith("- ")).map(l -> l.substring(2)).toList();
  }

  @Test
  void providerPrintsTheGeneratedRole() {
    assertThat(new GcpProvider().leastPrivilege()).contains(LeastPrivilegeRole.yaml());
  }

  @Test
  void roleHoldsExactlyThePermissionsOfTheReadList_allReads() {
    List<String> perms = permissions(LeastPrivilegeRole.yaml());
    assertThat(perms).containsExactlyElementsOf(ReadList.permissions());
    assertThat(ReadList.READS).extracting(Read::permission)
        .allSatisfy(p -> assertThat(perms).contains(p.split(",")));
    assertThat(perms).allSatisfy(p -> assertThat(p).matches("[a-z]+\\.[a-zA-Z]+\\.(list|get|getIamPolicy|searchAllResources|getEffectiveFirewalls|listAssociations)"));
  }

  @Test
  void committedRoleIsCurrent() throws Exception {
    String generated = LeastPrivilegeRole.yaml();
    Path fresh = Path.of("target", "cloudscan-role.yaml");
    Files.createDirectories(fresh.getParent());
    Files.writeString(fresh, generated);
    assertThat(Files.readString(COMMITTED))
        .as("docs/gcp/cloudscan-role.yaml is stale: cp scanner-gcp/target/cloudscan-role.yaml docs/gcp/")
        .isEqualTo(generated);
  }
}
