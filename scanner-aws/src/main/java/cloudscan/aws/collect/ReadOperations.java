package cloudscan.aws.collect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one list of AWS operations the scanner may call, exactly. {@link ReadOnlyGuard} refuses every
 * other operation before a request is signed or sent, and {@link IamPolicy} turns the same list into
 * the least-privilege IAM policy ({@code docs/aws/cloudscan-readonly-policy.json}).
 *
 * <p>An entry names the service as the SDK reports it ({@code SdkExecutionAttribute.SERVICE_NAME},
 * lower-cased, as in {@link CallCounter}: {@code cloudwatchlogs}, {@code elasticloadbalancingv2}),
 * the SDK operation name, the IAM action that authorises it (the same name under the IAM service
 * prefix, except where S3 names its actions differently), and, for the few operations a scan against
 * moto does not reach, why not. A test keeps the list equal to what a full moto scan calls.
 */
public final class ReadOperations {

  /** One operation the scanner calls. */
  public record Operation(String service, String name, String iamAction, String notExercisedInMoto) {

    /** {@code service:Operation}, the form {@link CallCounter} and {@link ReadOnlyViolation} use. */
    public String key() {
      return service + ":" + name;
    }

    /** Marks an operation a full scan against moto does not call, with the reason. */
    Operation notExercisedInMoto(String reason) {
      return new Operation(service, name, iamAction, reason);
    }

    /** The IAM action when it is not {@code <IAM prefix>:<operation>}. */
    Operation iam(String action) {
      return new Operation(service, name, action, notExercisedInMoto);
    }
  }

  /** SDK service name → IAM service prefix where they differ. */
  private static final Map<String, String> IAM_PREFIX = Map.of(
      "cloudwatchlogs", "logs",
      "eventbridge", "events",
      "elasticloadbalancingv2", "elasticloadbalancing",
      "s3control", "s3",
      "resourceexplorer2", "resource-explorer-2");

  /** Every operation the scanner calls, by service. */
  public static final List<Operation> ALL = List.of(
      // sign-in and region discovery (AwsSessionFactory, OrgAccounts)
      op("sts", "GetCallerIdentity"),
      op("sts", "AssumeRole"),
      op("ec2", "DescribeRegions"),
      op("organizations", "ListAccounts")
          .notExercisedInMoto("only with --option org-role (scan every account of an Organization)"),
      // Ec2Network, Ec2Compute
      op("ec2", "DescribeSecurityGroups"),
      op("ec2", "DescribeNetworkAcls"),
      op("ec2", "DescribeVpcs"),
      op("ec2", "DescribeFlowLogs"),
      op("ec2", "DescribeNetworkInterfaces"),
      op("ec2", "DescribeSubnets"),
      op("ec2", "DescribeManagedPrefixLists"),
      op("ec2", "GetManagedPrefixListEntries")
          .notExercisedInMoto("only for customer-managed prefix lists; the read-list scan has none (Ec2NetworkCollectorTest reads one)"),
      op("ec2", "DescribeInstances"),
      op("ec2", "DescribeVolumes"),
      op("ec2", "DescribeSnapshots"),
      op("ec2", "GetEbsEncryptionByDefault"),
      // Kms
      op("kms", "ListKeys"),
      op("kms", "ListAliases"),
      op("kms", "DescribeKey"),
      op("kms", "GetKeyRotationStatus"),
      op("kms", "GetKeyPolicy"),
      // S3: bucket reads authorise under IAM names of their own
      op("s3", "ListBuckets").iam("s3:ListAllMyBuckets"),
      op("s3", "GetBucketLocation"), // only where ListBuckets lacks BucketRegion (moto; AWS has it)
      op("s3", "GetBucketEncryption").iam("s3:GetEncryptionConfiguration"),
      op("s3", "GetBucketPolicy"),
      op("s3", "GetBucketAcl"),
      op("s3", "GetBucketPolicyStatus"),
      op("s3", "GetPublicAccessBlock").iam("s3:GetBucketPublicAccessBlock"),
      op("s3", "GetObjectLockConfiguration").iam("s3:GetBucketObjectLockConfiguration"),
      op("s3", "GetBucketReplication").iam("s3:GetReplicationConfiguration"),
      op("s3", "GetBucketLifecycleConfiguration").iam("s3:GetLifecycleConfiguration"),
      op("s3control", "GetPublicAccessBlock").iam("s3:GetAccountPublicAccessBlock"),
      // CloudTrail, Logs
      op("cloudtrail", "DescribeTrails"),
      op("cloudtrail", "GetTrailStatus"),
      op("cloudtrail", "GetEventSelectors"),
      op("cloudwatchlogs", "DescribeLogGroups"),
      // Iam
      op("iam", "ListUsers"),
      op("iam", "ListRoles"),
      op("iam", "GetAccountPasswordPolicy"),
      op("iam", "GetAccountSummary"),
      op("iam", "GenerateCredentialReport"),
      op("iam", "GetCredentialReport"),
      op("iam", "GetLoginProfile"),
      op("iam", "ListMFADevices"),
      op("iam", "ListAccessKeys"),
      op("iam", "GetAccessKeyLastUsed"),
      // detection services
      op("guardduty", "ListDetectors"),
      op("guardduty", "GetDetector"),
      op("config", "DescribeConfigurationRecorders"),
      op("config", "DescribeConfigurationRecorderStatus"),
      op("inspector2", "BatchGetAccountStatus"),
      op("inspector2", "ListFindings"),
      op("securityhub", "DescribeHub"),
      op("securityhub", "GetEnabledStandards"),
      op("eventbridge", "ListRules"),
      op("eventbridge", "ListTargetsByRule"),
      op("account", "GetAlternateContact"),
      op("ssm", "DescribeInstanceInformation"),
      // data stores and endpoints
      op("rds", "DescribeDBInstances"),
      op("rds", "DescribeDBClusters"),
      op("dynamodb", "ListTables"),
      op("dynamodb", "DescribeTable"),
      op("elasticloadbalancingv2", "DescribeLoadBalancers"),
      op("elasticloadbalancingv2", "DescribeListeners"),
      op("elasticloadbalancingv2", "DescribeSSLPolicies"),
      op("acm", "ListCertificates"),
      op("acm", "DescribeCertificate"),
      op("cloudfront", "ListDistributions"),
      op("cloudfront", "GetDistributionConfig")
          .notExercisedInMoto("fallback when the listing lacks the viewer certificate; moto's listing has it"),
      op("backup", "ListBackupVaults"),
      op("backup", "ListBackupPlans"),
      op("backup", "GetBackupPlan"),
      op("backup", "ListBackupSelections"),
      op("backup", "GetBackupSelection")
          .notExercisedInMoto("moto 5.2 lists no backup selections (ListBackupSelections answers HTTP 500)"),
      // residency (1.1): every other type that can hold data
      op("ec2", "DescribeAvailabilityZones"),
      op("ec2", "DescribeImages"),
      op("rds", "DescribeDBSnapshots"),
      op("rds", "DescribeDBClusterSnapshots"),
      op("rds", "DescribeDBInstanceAutomatedBackups"),
      op("rds", "DescribeGlobalClusters"),
      op("dynamodb", "ListBackups"),
      op("efs", "DescribeFileSystems").iam("elasticfilesystem:DescribeFileSystems"),
      op("fsx", "DescribeFileSystems"),
      op("ecr", "DescribeRepositories"),
      op("secretsmanager", "ListSecrets"),
      op("ssm", "DescribeParameters"),
      op("elasticache", "DescribeCacheClusters"),
      op("memorydb", "DescribeClusters"),
      op("redshift", "DescribeClusters"),
      op("opensearch", "ListDomainNames").iam("es:ListDomainNames"),
      op("kinesis", "ListStreams"),
      op("firehose", "ListDeliveryStreams"),
      op("sqs", "ListQueues"),
      op("sns", "ListTopics"),
      op("lambda", "ListFunctions"),
      op("ecs", "ListClusters"),
      op("eks", "ListClusters"),
      op("glacier", "ListVaults"),
      // residency inventory: Resource Explorer's aggregator index where the account has one (Indexes)
      op("resourceexplorer2", "ListIndexes"),
      op("resourceexplorer2", "GetDefaultView")
          .notExercisedInMoto("moto has no Resource Explorer (ResourceExplorerIndexTest serves the API's documented shapes)"),
      op("resourceexplorer2", "GetView")
          .notExercisedInMoto("moto has no Resource Explorer (ResourceExplorerIndexTest)"),
      op("resourceexplorer2", "ListSupportedResourceTypes")
          .notExercisedInMoto("moto has no Resource Explorer (ResourceExplorerIndexTest)"),
      op("resourceexplorer2", "ListResources").iam("resource-explorer-2:Search") // per the API reference
          .notExercisedInMoto("moto has no Resource Explorer (ResourceExplorerIndexTest)"),
      op("costexplorer", "GetCostAndUsage").iam("ce:GetCostAndUsage"),
      op("resourcegroupstaggingapi", "GetResources").iam("tag:GetResources"),
      // Organizations (region guardrails)
      op("organizations", "DescribeOrganization"),
      op("organizations", "ListRoots"),
      op("organizations", "ListParents"),
      op("organizations", "ListPoliciesForTarget"),
      op("organizations", "DescribePolicy"));

  /**
   * Reads of data (not configuration) or credential minting: refused for every service even if
   * someone adds them to {@link #ALL} (a test keeps them apart).
   */
  public static final Set<String> DENIED = Set.of(
      "GetObject", "GetObjectTorrent",                          // S3 object contents
      "GetSecretValue", "BatchGetSecretValue",                  // Secrets Manager
      "GetParameter", "GetParameters", "GetParametersByPath",   // SSM (may decrypt SecureString)
      "GetItem", "BatchGetItem", "Query", "Scan",               // DynamoDB items
      "GetRecords", "GetShardIterator",                         // Kinesis / Streams data
      "GetSessionToken", "GetFederationToken",                  // STS credential minting
      "Decrypt", "GenerateDataKey", "GetQueryResults");         // KMS, Athena results

  private static final Map<String, Operation> BY_KEY = index();

  private ReadOperations() { }

  /** True if the scanner may call {@code operation} of {@code service} (SDK names, any case of service). */
  public static boolean allows(String service, String operation) {
    if (service == null || operation == null || DENIED.contains(operation)) {
      return false;
    }
    return BY_KEY.containsKey(service.toLowerCase(Locale.ROOT) + ":" + operation);
  }

  /** The IAM actions that authorise {@link #ALL}, sorted, without duplicates. */
  public static List<String> iamActions() {
    return ALL.stream().map(Operation::iamAction).distinct().sorted().toList();
  }

  private static Operation op(String service, String name) {
    return new Operation(service, name, IAM_PREFIX.getOrDefault(service, service) + ":" + name, null);
  }

  private static Map<String, Operation> index() {
    Map<String, Operation> byKey = new LinkedHashMap<>();
    for (Operation o : ALL) {
      if (byKey.put(o.key(), o) != null) {
        throw new IllegalStateException("listed twice: " + o.key());
      }
    }
    return Map.copyOf(byKey);
  }
}
