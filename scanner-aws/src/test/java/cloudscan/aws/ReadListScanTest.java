package cloudscan.aws;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.ReadOperations;
import cloudscan.aws.collect.ReadOperations.Operation;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.aws.testing.MotoServer;
import cloudscan.core.engine.CollectionRunner;
import cloudscan.core.engine.FactStore;
import cloudscan.core.engine.ProgressListener;
import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderSession;
import cloudscan.core.snapshot.Gap;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupRuleInput;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/**
 * The read list in {@link ReadOperations} is exactly what a scan calls: a full scan (every
 * collector, signed in through {@code role-arn}) of a moto account holding one resource of each
 * kind a collector reads per resource calls only listed operations, and calls every listed one
 * except those marked as not exercised in moto.
 */
@ExtendWith(MotoExtension.class)
class ReadListScanTest {

  private static final String TRAIL_DELIVERY = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},
        "Action":"s3:PutObject","Resource":"arn:aws:s3:::trail-logs/*"}]}""";

  private static final String JAPAN_ONLY = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*",
        "Condition":{"StringNotEquals":{"aws:RequestedRegion":["ap-northeast-1","ap-northeast-3"]}}}]}""";

  private static final List<Gap> GAPS = new ArrayList<>();
  private static Set<String> called;

  @BeforeAll
  static void seedAndScan() throws Exception {
    seed();
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    ProviderConfig config = new ProviderConfig(List.of(MotoAws.REGION), MotoServer.get().endpoint(), 4,
        Map.of("region", MotoAws.REGION, "max-attempts", "1",
            "role-arn", "arn:aws:iam::" + MotoAws.ACCOUNT + ":role/CloudscanAudit"));
    try (ProviderSession session = new AwsProvider().open(config)) {
      called = new CollectionRunner(4, Clock.systemUTC(), ProgressListener.NONE)
          .run("aws", session, new FactStore(), GAPS).apiCalls().keySet();
    }
  }

  @AfterAll
  static void clearKeys() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  @Test
  void scan_callsOnlyListedOperations() {
    Set<String> listed = ReadOperations.ALL.stream().map(Operation::key).collect(Collectors.toSet());
    assertThat(called).isSubsetOf(listed);
  }

  @Test
  void everyListedOperation_isCalledUnlessMarkedNotExercised() {
    List<String> exercised = ReadOperations.ALL.stream().filter(o -> o.notExercisedInMoto() == null)
        .map(Operation::key).toList();
    assertThat(called).containsAll(exercised);
  }

  @Test
  void operationsMarkedNotExercised_areReallyNotCalled() {
    List<String> marked = ReadOperations.ALL.stream().filter(o -> o.notExercisedInMoto() != null)
        .map(Operation::key).toList();
    assertThat(called).doesNotContainAnyElementsOf(marked);
  }

  @Test
  void onlyGaps_areWhatTheEmulatorLacks() {
    assertThat(GAPS).extracting(Gap::operation).isNotEmpty()
        .allMatch(op -> Set.of("ssm:DescribeInstanceInformation", "securityhub:GetEnabledStandards",
            "backup:ListBackupSelections").contains(op));
  }

  private static void seed() {
    S3Client s3 = MotoAws.seed(S3Client.class, S3Client::builder);
    s3.createBucket(r -> r.bucket("trail-logs").createBucketConfiguration(c -> c.locationConstraint(MotoAws.REGION)));
    s3.putBucketPolicy(r -> r.bucket("trail-logs").policy(TRAIL_DELIVERY));
    MotoAws.seed(CloudTrailClient.class, CloudTrailClient::builder)
        .createTrail(r -> r.name("main").s3BucketName("trail-logs").isMultiRegionTrail(true));
    MotoAws.seed(KmsClient.class, KmsClient::builder).createKey(r -> r.description("data"));
    IamClient iam = MotoAws.seed(IamClient.class, IamClient::builder);
    iam.createUser(r -> r.userName("operator"));
    iam.createLoginProfile(r -> r.userName("operator").password("Operator-Passw0rd!"));
    iam.createAccessKey(r -> r.userName("operator"));
    MotoAws.seed(GuardDutyClient.class, GuardDutyClient::builder).createDetector(r -> r.enable(true));
    MotoAws.seed(ConfigClient.class, ConfigClient::builder).putConfigurationRecorder(r -> r.configurationRecorder(
        c -> c.name("default").roleARN("arn:aws:iam::" + MotoAws.ACCOUNT + ":role/config")));
    MotoAws.seed(SecurityHubClient.class, SecurityHubClient::builder).enableSecurityHub(r -> { });
    EventBridgeClient events = MotoAws.seed(EventBridgeClient.class, EventBridgeClient::builder);
    events.putRule(r -> r.name("findings").eventPattern("{\"source\":[\"aws.guardduty\"]}"));
    events.putTargets(r -> r.rule("findings").targets(t -> t.id("soc")
        .arn("arn:aws:sns:" + MotoAws.REGION + ":" + MotoAws.ACCOUNT + ":soc")));
    loadBalancerWithTls();
    MotoAws.seed(BackupClient.class, BackupClient::builder).createBackupPlan(r -> r.backupPlan(p -> p
        .backupPlanName("daily").rules(BackupRuleInput.builder().ruleName("daily").targetBackupVaultName("Default")
            .lifecycle(l -> l.deleteAfterDays(35L)).build())));
    MotoAws.seed(DynamoDbClient.class, DynamoDbClient::builder).createTable(r -> r.tableName("residents")
        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)).billingMode(BillingMode.PAY_PER_REQUEST));
    OrganizationsClient org = MotoAws.seed(OrganizationsClient.class, OrganizationsClient::builder, "us-east-1");
    org.createOrganization(r -> r.featureSet("ALL"));
    String root = org.listRoots(r -> { }).roots().get(0).id();
    org.enablePolicyType(r -> r.rootId(root).policyType("SERVICE_CONTROL_POLICY"));
    String scp = org.createPolicy(r -> r.name("japan-only").description("japan-only").type("SERVICE_CONTROL_POLICY")
        .content(JAPAN_ONLY)).policy().policySummary().id();
    org.attachPolicy(r -> r.policyId(scp).targetId(root));
  }

  private static void loadBalancerWithTls() {
    ElasticLoadBalancingV2Client elb = MotoAws.seed(ElasticLoadBalancingV2Client.class,
        ElasticLoadBalancingV2Client::builder);
    List<String> subnets = MotoAws.seed(Ec2Client.class, Ec2Client::builder)
        .describeSubnets(r -> r.filters(f -> f.name("default-for-az").values("true"))).subnets().stream()
        .map(s -> s.subnetId()).limit(2).toList();
    String lb = elb.createLoadBalancer(r -> r.name("web").scheme("internet-facing").subnets(subnets))
        .loadBalancers().get(0).loadBalancerArn();
    String cert = MotoAws.seed(AcmClient.class, AcmClient::builder)
        .requestCertificate(r -> r.domainName("www.example.jp")).certificateArn();
    Action ok = Action.builder().type("fixed-response")
        .fixedResponseConfig(f -> f.statusCode("200").contentType("text/plain").messageBody("ok")).build();
    elb.createListener(r -> r.loadBalancerArn(lb).protocol("HTTPS").port(443).defaultActions(ok)
        .sslPolicy("ELBSecurityPolicy-TLS13-1-2-2021-06").certificates(c -> c.certificateArn(cert)));
  }
}
