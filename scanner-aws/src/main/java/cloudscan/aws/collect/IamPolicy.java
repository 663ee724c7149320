package cloudscan.aws.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints the least-privilege IAM policy for a scan: exactly the IAM actions of
 * {@link ReadOperations#ALL}. The committed copy is {@code docs/aws/cloudscan-readonly-policy.json}
 * (a test keeps it equal).
 *
 * <pre>java -cp cli/target/cloudscan.jar cloudscan.aws.collect.IamPolicy &gt; policy.json</pre>
 */
public final class IamPolicy {

  private IamPolicy() { }

  /** The policy document, two-space indented, one action per line, ending in a newline. */
  public static String json() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode statement = mapper.createObjectNode()
        .put("Sid", "CloudscanReadOnly")
        .put("Effect", "Allow");
    ArrayNode actions = statement.putArray("Action");
    ReadOperations.iamActions().forEach(actions::add);
    statement.put("Resource", "*");
    ObjectNode policy = mapper.createObjectNode().put("Version", "2012-10-17");
    policy.putArray("Statement").add(statement);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return mapper.writer(printer).writeValueAsString(policy).replace("\" : ", "\": ") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Prints the policy to stdout (the one non-CLI class allowed to: ArchitectureTest). */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(json());
    out.flush();
  }
}
