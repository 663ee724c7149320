package cloudscan.aws.collect.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

/** ListFunctions returns environment variables; the scan's clients drop them before parsing. */
@ExtendWith(MotoExtension.class)
class SecretsDroppedTest {

  private static AwsClients clients;
  private static FunctionConfiguration listed;

  @BeforeAll
  static void seedAndList() throws IOException {
    String role = MotoAws.seed(IamClient.class, IamClient::builder).createRole(r -> r.roleName("fn")
        .assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[]}")).role().arn();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("index.py"));
      zip.write("x = 1\n".getBytes(StandardCharsets.UTF_8));
    }
    MotoAws.seed(LambdaClient.class, LambdaClient::builder).createFunction(r -> r.functionName("billing")
        .runtime("python3.12").role(role).handler("index.handler")
        .code(c -> c.zipFile(SdkBytes.fromByteArray(bytes.toByteArray())))
        .environment(e -> e.variables(Map.of("DB_PASSWORD", "hunter2"))));
    clients = MotoAws.scanClients();
    listed = clients.client(MotoAws.regional(), LambdaClient.class, LambdaClient::builder).listFunctions()
        .functions().get(0);
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  @Test
  void environmentVariables_neverReachTheSdkObjects() {
    assertThat(listed.environment()).isNull();
  }

  @Test
  void restOfTheListing_isKept() {
    assertThat(listed.functionName()).isEqualTo("billing");
  }

  @Test
  void theSeededFunctionReallyHasTheSecret_soTheTestCanFail() {
    assertThat(MotoAws.seed(LambdaClient.class, LambdaClient::builder).listFunctions().functions().get(0)
        .environment().variables()).containsKey("DB_PASSWORD");
  }
}
