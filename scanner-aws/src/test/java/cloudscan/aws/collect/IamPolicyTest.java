package cloudscan.aws.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IamPolicyTest {

  /** The committed copy, next to the modules (surefire runs in the module directory). */
  private static final Path COMMITTED = Path.of(System.getProperty("basedir", "."))
      .resolve("../docs/aws/cloudscan-readonly-policy.json").normalize();

  @Test
  void committedPolicy_equalsGeneratedOne() throws Exception {
    assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
        .as("%s is stale: regenerate with java -cp cli/target/cloudscan.jar cloudscan.aws.collect.IamPolicy",
            COMMITTED)
        .isEqualTo(IamPolicy.json());
  }

  @Test
  void policy_allowsExactlyTheReadListOnEveryResource() throws Exception {
    JsonNode policy = new ObjectMapper().readTree(IamPolicy.json());
    JsonNode statement = policy.get("Statement").get(0);
    List<String> actions = new ArrayList<>();
    statement.get("Action").forEach(a -> actions.add(a.asText()));
    assertThat(List.of(policy.get("Version").asText(), policy.get("Statement").size(), statement.get("Sid").asText(),
        statement.get("Effect").asText(), statement.get("Resource").asText(), actions))
        .containsExactly("2012-10-17", 1, "CloudscanReadOnly", "Allow", "*", ReadOperations.iamActions());
  }

  @Test
  void policy_hasNoWildcardAction() {
    assertThat(ReadOperations.iamActions()).noneMatch(a -> a.contains("*"));
  }
}
