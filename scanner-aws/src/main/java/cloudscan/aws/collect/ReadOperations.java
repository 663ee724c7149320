package cloudscan.aws.collect;

import java.util.List;
import java.util.Set;

/**
 * The one list of AWS operations the scanner may call. Everything else is refused by
 * {@link ReadOnlyGuard} before a request is signed or sent.
 *
 * <p>Reads are recognised by verb prefix; a few named operations are added (sign-in and the IAM
 * credential report, which only asks IAM to render a report), and a few reads are removed because
 * they return customer data or mint credentials rather than configuration.
 */
public final class ReadOperations {

  /** Verb prefixes of configuration reads. */
  public static final List<String> READ_PREFIXES =
      List.of("Describe", "List", "Get", "BatchGet", "Lookup");

  /** Named operations allowed although their verb is not a read prefix. */
  public static final Set<String> ALSO_ALLOWED = Set.of(
      "AssumeRole",                // STS: sign in to the role the user named (role-arn, org-role)
      "GetCallerIdentity",         // STS: who is scanning
      "GenerateCredentialReport"); // IAM: asks IAM to build the report read by GetCredentialReport

  /** Reads of data (not configuration) or credential minting: refused even though they match. */
  public static final Set<String> DENIED = Set.of(
      "GetObject", "GetObjectTorrent",                          // S3 object contents
      "GetSecretValue", "BatchGetSecretValue",                  // Secrets Manager
      "GetParameter", "GetParameters", "GetParametersByPath",   // SSM (may decrypt SecureString)
      "GetItem", "BatchGetItem",                                // DynamoDB items
      "GetRecords", "GetShardIterator",                         // Kinesis / Streams data
      "GetSessionToken", "GetFederationToken",                  // STS credential minting
      "GetDataKey", "GetQueryResults");                         // Athena results, placeholders

  private ReadOperations() { }

  /** True if {@code operation} (an SDK operation name such as {@code DescribeVpcs}) may be called. */
  public static boolean allows(String operation) {
    if (operation == null || operation.isBlank() || DENIED.contains(operation)) {
      return false;
    }
    return ALSO_ALLOWED.contains(operation) || READ_PREFIXES.stream().anyMatch(p -> isVerb(operation, p));
  }

  /** {@code ListKeys} starts with the verb {@code List}; {@code Listen} or {@code Getaway} would not. */
  private static boolean isVerb(String operation, String prefix) {
    return operation.startsWith(prefix)
        && (operation.length() == prefix.length() || Character.isUpperCase(operation.charAt(prefix.length())));
  }
}
