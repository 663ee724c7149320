package cloudscan.azure.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The least-privilege Azure custom role for a scan: exactly the RBAC actions of
 * {@link ReadOperations#ALL} (no wildcard; the one data action reads Key Vault certificates' metadata
 * and public certificates), in the JSON form {@code az role
 * definition create --role-definition} takes; the Microsoft Graph application permissions the tenant
 * reads need are named in the description (Graph permissions are not RBAC actions). The committed
 * copy is {@code docs/azure/cloudscan-reader-role.json} (a test keeps it equal).
 *
 * <pre>./cloudscan permissions --provider azure &gt; docs/azure/cloudscan-reader-role.json</pre>
 */
public final class AzureRole {

  private AzureRole() { }

  /** The role definition, two-space indented, ending in a newline. */
  public static String json() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode role = mapper.createObjectNode()
        .put("Name", "cloudscan reader")
        .put("IsCustom", true)
        .put("Description", "Read-only configuration reads of cloudscan (generated from its read list). "
            + "Optional Microsoft Graph application permissions for the tenant checks: "
            + String.join(", ", ReadOperations.graphPermissions()) + ".");
    ArrayNode actions = role.putArray("Actions");
    ReadOperations.rbacActions().forEach(actions::add);
    role.putArray("NotActions");
    ArrayNode data = role.putArray("DataActions");
    ReadOperations.dataActions().forEach(data::add);
    role.putArray("NotDataActions");
    role.putArray("AssignableScopes").add("/subscriptions/00000000-0000-0000-0000-000000000000");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return mapper.writer(printer).writeValueAsString(role).replace("\" : ", "\": ") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
