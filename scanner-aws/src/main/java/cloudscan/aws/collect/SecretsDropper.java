package cloudscan.aws.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Some list calls return secrets as a side effect: Lambda ListFunctions carries each function's
 * environment variables, where people keep passwords and API keys. The scan needs none of it, so
 * this interceptor removes every {@code Environment} object from such answers before the SDK
 * parses them: no SDK object, fact, snapshot or log line ever holds them. (The SDK's and Apache's
 * wire loggers stay off, even with {@code --debug}.) ECS task definitions, the other such place,
 * are never read.
 */
public final class SecretsDropper implements ExecutionInterceptor {

  private static final Set<String> LAMBDA_OPERATIONS = Set.of("ListFunctions", "ListVersionsByFunction");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
      ExecutionAttributes attributes) {
    String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    Optional<InputStream> body = context.responseBody();
    if (!"Lambda".equalsIgnoreCase(service) || !LAMBDA_OPERATIONS.contains(operation) || body.isEmpty()
        || !context.httpResponse().isSuccessful()) {
      return body;
    }
    try (InputStream in = body.get()) {
      JsonNode root = JSON.readTree(in);
      strip(root);
      return Optional.of(new ByteArrayInputStream(JSON.writeValueAsBytes(root)));
    } catch (IOException e) {
      throw new UncheckedIOException("could not drop environment variables from a Lambda answer", e);
    }
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.remove("Environment");
    }
    node.forEach(SecretsDropper::strip);
  }
}
