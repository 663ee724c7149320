package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.testing.DenyingProxy;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.AwsEmulator;
import cloudscan.aws.testing.EmulatorExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * {@code cloudscan scan --provider aws} end to end: moto seeded with planted violations and their
 * compliant twins, behind a proxy that denies GuardDuty as a real IAM policy would. It runs on
 * moto_server (default, CI) or, with {@code -Dcloudscan.aws.emulator=localstack} and a Docker engine,
 * on LocalStack; the assertions that need canned Cost Explorer answers run on moto only. The scan covers
 * every region of the account, as the README's examples do; the CLI writes report.json and
 * snapshot.json, and {@code evaluate} of that snapshot judges the same. A second scan narrowed
 * with {@code --regions} shows that the regions left out are never examined, so residency (1.1)
 * cannot be met.
 */
@ExtendWith(EmulatorExtension.class)
class AwsScanEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKYO = MotoAws.REGION;
  private static final String OREGON = "us-west-2";
  private static final String SCOPE = "aws/" + MotoAws.ACCOUNT + "/";
  /** Cost Explorer's last month: usage in Tokyo and, from the planted queue, in Oregon. */
  private static final String LAST_MONTH = """
      [{"ResultsByTime":[{"TimePeriod":{"Start":"2026-10-01","End":"2026-11-01"},"Estimated":false,"Total":{},
        "Groups":[
          {"Keys":["ap-northeast-1","Amazon Elastic Compute Cloud - Compute"],
           "Metrics":{"UsageQuantity":{"Amount":"720","Unit":"N/A"},"UnblendedCost":{"Amount":"9.5","Unit":"USD"}}},
          {"Keys":["us-west-2","Amazon Simple Queue Service"],
           "Metrics":{"UsageQuantity":{"Amount":"12","Unit":"N/A"},"UnblendedCost":{"Amount":"0","Unit":"USD"}}}]}],
        "DimensionValueAttributes":[]}]""";

  @TempDir
  static Path tmp;

  private static DenyingProxy proxy;
  private static Cli scan;
  private static JsonNode report;
  private static Cli narrowed;
  private static JsonNode narrowedReport;
  private static String openSg;
  private static String internalSg;
  private static String rotatedKey;
  private static String unrotatedKey;

  @BeforeAll
  static void seedAndScan() throws Exception {
    seed();
    proxy = DenyingProxy.start(AwsEmulator.current().endpoint(), Set.of("guardduty"));
    System.setProperty("aws.accessKeyId", AwsEmulator.current().accessKeyId());
    System.setProperty("aws.secretAccessKey", "testing");
    scan = Cli.run("scan", "--provider", "aws", "--endpoint-url", proxy.endpoint().toString(),
        "--option", "region=" + TOKYO, "--option", "max-attempts=1",
        "--now", "2026-11-26T00:00:00Z", "--out", tmp.resolve("scan").toString());
    report = JSON.readTree(tmp.resolve("scan/report.json").toFile());
    narrowed = Cli.run("scan", "--provider", "aws", "--endpoint-url", proxy.endpoint().toString(),
        "--regions", TOKYO, "--option", "region=" + TOKYO, "--option", "max-attempts=1",
        "--now", "2026-11-26T00:00:00Z", "--out", tmp.resolve("narrowed").toString());
    narrowedReport = JSON.readTree(tmp.resolve("narrowed/report.json").toFile());
  }

  @AfterAll
  static void stop() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
    if (proxy != null) {
      proxy.close();
    }
  }

  private static void seed() {
    Ec2Client ec2 = MotoAws.seed(Ec2Client.class, Ec2Client::builder);
    openSg = securityGroup(ec2, "ssh-from-anywhere", "0.0.0.0/0");
    internalSg = securityGroup(ec2, "ssh-from-office", "10.0.0.0/8");

    S3Client s3 = MotoAws.seed(S3Client.class, S3Client::builder);
    s3.createBucket(r -> r.bucket("plain-data").createBucketConfiguration(c -> c.locationConstraint(TOKYO)));
    s3.createBucket(r -> r.bucket("encrypted-data").createBucketConfiguration(c -> c.locationConstraint(TOKYO)));
    s3.putBucketEncryption(r -> r.bucket("encrypted-data").serverSideEncryptionConfiguration(c -> c.rules(rule -> rule
        .applyServerSideEncryptionByDefault(d -> d.sseAlgorithm("AES256")))));

    KmsClient kms = MotoAws.seed(KmsClient.class, KmsClient::builder);
    unrotatedKey = kms.createKey(r -> r.description("unrotated")).keyMetadata().keyId();
    rotatedKey = kms.createKey(r -> r.description("rotated")).keyMetadata().keyId();
    kms.enableKeyRotation(r -> r.keyId(rotatedKey));

    MotoAws.seed(IamClient.class, IamClient::builder).updateAccountPasswordPolicy(r -> r.minimumPasswordLength(6)
        .requireUppercaseCharacters(true).requireLowercaseCharacters(true).requireNumbers(true).requireSymbols(true));

    CloudWatchLogsClient logs = MotoAws.seed(CloudWatchLogsClient.class, CloudWatchLogsClient::builder);
    logs.createLogGroup(r -> r.logGroupName("trail-events"));
    logs.putRetentionPolicy(r -> r.logGroupName("trail-events").retentionInDays(30));
    s3.createBucket(r -> r.bucket("trail-logs").createBucketConfiguration(c -> c.locationConstraint(TOKYO)));
    MotoAws.seed(CloudTrailClient.class, CloudTrailClient::builder).createTrail(r -> r.name("main")
        .s3BucketName("trail-logs").isMultiRegionTrail(true).enableLogFileValidation(true)
        .cloudWatchLogsLogGroupArn("arn:aws:logs:" + TOKYO + ":" + MotoAws.ACCOUNT + ":log-group:trail-events:*")
        .cloudWatchLogsRoleArn("arn:aws:iam::" + MotoAws.ACCOUNT + ":role/trail-to-logs"));
    abroad();
  }

  /** A security group with one SSH rule, in front of a network interface (exposure is judged where something listens). */
  private static String securityGroup(Ec2Client ec2, String name, String cidr) {
    String id = ec2.createSecurityGroup(r -> r.groupName(name).description(name)).groupId();
    ec2.authorizeSecurityGroupIngress(r -> r.groupId(id).ipPermissions(p -> p.ipProtocol("tcp").fromPort(22)
        .toPort(22).ipRanges(x -> x.cidrIp(cidr))));
    String subnet = ec2.describeSubnets(r -> r.filters(f -> f.name("default-for-az").values("true"))).subnets()
        .get(0).subnetId();
    ec2.createNetworkInterface(r -> r.subnetId(subnet).groups(id).description(name));
    return id;
  }

  /** Data holders of the types residency newly covers, planted in Oregon; Cost Explorer saw them. */
  private static void abroad() {
    MotoAws.seed(SqsClient.class, SqsClient::builder, OREGON).createQueue(r -> r.queueName("city-jobs"));
    MotoAws.seed(SecretsManagerClient.class, SecretsManagerClient::builder, OREGON)
        .createSecret(r -> r.name("city-db").secretString("never-read"));
    if (AwsEmulator.current().scriptable()) {
      AwsEmulator.current().queueCostAndUsage(LAST_MONTH);
    }
  }

  /** Status of {@code checkId} on the resource whose ID contains {@code idPart}, under {@code requirement}. */
  private static String status(String requirement, String checkId, String idPart) {
    List<String> hits = statuses(requirement, checkId, idPart);
    assertThat(hits).as("%s findings on %s under %s", checkId, idPart, requirement).hasSize(1);
    return hits.get(0);
  }

  private static List<String> statuses(String requirement, String checkId, String idPart) {
    return statuses(report, requirement, checkId, idPart);
  }

  private static List<String> statuses(JsonNode in, String requirement, String checkId, String idPart) {
    List<String> hits = new ArrayList<>();
    for (JsonNode f : requirement(in, requirement).get("findings")) {
      if (f.get("checkId").asText().equals(checkId) && f.get("resource").get("id").asText().contains(idPart)) {
        hits.add(f.get("status").asText());
      }
    }
    return hits;
  }

  /** Cost Explorer answers are canned (moto); LocalStack's community image has no Cost Explorer. */
  private static void assumeCostExplorerAnswers() {
    Assumptions.assumeTrue(AwsEmulator.current().scriptable(), "Cost Explorer answers need moto");
  }

  /** Statuses of {@code checkId} on exactly the resource {@code id} (a scope such as aws/123/us-west-2). */
  private static List<String> exactly(JsonNode in, String requirement, String checkId, String id) {
    List<String> hits = new ArrayList<>();
    for (JsonNode f : requirement(in, requirement).get("findings")) {
      if (f.get("checkId").asText().equals(checkId) && f.get("resource").get("id").asText().equals(id)) {
        hits.add(f.get("status").asText());
      }
    }
    return hits;
  }

  private static JsonNode requirement(String id) {
    return requirement(report, id);
  }

  private static JsonNode requirement(JsonNode in, String id) {
    for (JsonNode r : in.get("requirements")) {
      if (r.get("id").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no requirement " + id);
  }

  private static Map<String, String> requirementStatuses(JsonNode r) {
    Map<String, String> out = new TreeMap<>();
    r.get("requirements").forEach(q -> out.put(q.get("id").asText(), q.get("status").asText()));
    return out;
  }

  @Test
  void scan_exitsNotMet() {
    assertThat(scan.exit()).as(scan.err()).isEqualTo(ExitCode.NOT_MET);
  }

  @Test
  void sshOpenToTheInternet_failsAdminPortUnder33() {
    assertThat(status("3.3", "net.admin-port-open", openSg)).isEqualTo("FAIL");
  }

  @Test
  void sshFromThePrivateRange_passesAdminPortUnder33() {
    assertThat(status("3.3", "net.admin-port-open", internalSg)).isEqualTo("PASS");
  }

  @Test
  void unencryptedBucket_failsUnder36() {
    assertThat(status("3.6", "crypto.encryption-at-rest-off", ":::plain-data")).isEqualTo("FAIL");
  }

  @Test
  void encryptedBucket_passesUnder36() {
    assertThat(status("3.6", "crypto.encryption-at-rest-off", ":::encrypted-data")).isEqualTo("PASS");
  }

  @Test
  void keyWithoutRotation_failsUnder36() {
    assertThat(status("3.6", "crypto.key-rotation-off", unrotatedKey)).isEqualTo("FAIL");
  }

  @Test
  void rotatedKey_passesUnder36() {
    assertThat(status("3.6", "crypto.key-rotation-off", rotatedKey)).isEqualTo("PASS");
  }

  @Test
  void sixCharacterPasswordPolicy_leaves35NotMet() {
    assertThat(List.of(requirement("3.5").get("status").asText(),
        status("3.5", "iam.password-policy-weak", MotoAws.ACCOUNT))).containsExactly("NOT_MET", "FAIL");
  }

  @Test
  void trailLogGroupKept30Days_failsRetentionUnder32() {
    assertThat(status("3.2", "audit.log-retention-short", "trail-events")).isEqualTo("FAIL");
  }

  @Test
  void deniedGuardDuty_isAnAccessDeniedGap() {
    assertThat(report.get("gaps")).anySatisfy(g -> assertThat(List.of(g.get("kind").asText(),
        g.get("service").asText(), g.get("operation").asText(), g.get("scope").get("location").asText()))
        .containsExactly("ACCESS_DENIED", "guardduty", "guardduty:ListDetectors", TOKYO));
  }

  @Test
  void deniedGuardDuty_makesThreatDetectionUnknownInTokyo() {
    assertThat(statuses("2.5", "detect.threat-detection-off", TOKYO)).isNotEmpty().containsOnly("UNKNOWN");
  }

  @Test
  void deniedGuardDuty_keeps25FromBeingMet() {
    assertThat(requirement("2.5").get("status").asText()).isNotEqualTo("MET");
  }

  @Test
  void deniedGuardDuty_wasReallyRefusedByTheProxy() {
    assertThat(proxy.refused("guardduty")).isPositive();
  }

  private static String scope(JsonNode s) {
    return s.get("cloud").asText() + "/" + s.get("account").asText() + "/" + s.get("location").asText();
  }

  @Test
  void fullScan_examinesEveryEnabledRegionOfThePartition() throws Exception {
    JsonNode run = JSON.readTree(tmp.resolve("scan/snapshot.json").toFile()).get("runs").get(0);
    List<String> scanned = new ArrayList<>();
    run.get("scopes").forEach(s -> scanned.add(scope(s)));
    List<String> notSelected = new ArrayList<>();
    run.get("skipped").forEach(k -> {
      if (k.get("cause").asText().equals("NOT_SELECTED")) {
        notSelected.add(k.get("location").asText());
      }
    });
    assertThat(List.of(scanned.contains("aws/" + MotoAws.ACCOUNT + "/us-east-1"),
        scanned.contains("aws/" + MotoAws.ACCOUNT + "/ap-northeast-3"), notSelected.isEmpty()))
        .containsOnly(true);
  }

  @Test
  void narrowedScan_recordsTheRegionsLeftOutAsNotSelected() throws Exception {
    JsonNode run = JSON.readTree(tmp.resolve("narrowed/snapshot.json").toFile()).get("runs").get(0);
    assertThat(run.get("skipped")).anySatisfy(k -> assertThat(List.of(k.get("location").asText(),
        k.get("cause").asText())).containsExactly("us-east-1", "NOT_SELECTED"));
  }

  @Test
  void narrowedScan_leavesResidencyUnknownWhereCostExplorerSawUsage() {
    assumeCostExplorerAnswers();
    assertThat(exactly(narrowedReport, "1.1", "residency.outside-japan", SCOPE + OREGON)).containsExactly("UNKNOWN");
  }

  @Test
  void narrowedScan_regionWithoutBilledUsage_needsReviewNeverMet() {
    assumeCostExplorerAnswers();
    assertThat(exactly(narrowedReport, "1.1", "residency.outside-japan", SCOPE + "eu-west-1")).containsExactly("WARN");
  }

  @Test
  void narrowedScan_usageAbroadInARegionNeverExamined_failsResidency() {
    assumeCostExplorerAnswers();
    assertThat(List.of(requirement(narrowedReport, "1.1").get("status").asText(),
        statuses(narrowedReport, "1.1", "residency.outside-japan", "usage/" + OREGON + "/Amazon Simple Queue Service")
            .toString())).containsExactly("NOT_MET", "[FAIL]");
  }

  @Test
  void fullScan_findsTheNewDataHolderTypesAbroad() {
    assertThat(List.of(status("1.1", "residency.outside-japan", ":sqs:" + OREGON + ":" + MotoAws.ACCOUNT + ":city-jobs"),
        status("1.1", "residency.outside-japan", ":secretsmanager:" + OREGON))).containsOnly("FAIL");
  }

  @Test
  void narrowedScan_neverLooksIntoTheRegionsLeftOut() throws Exception {
    JsonNode run = JSON.readTree(tmp.resolve("narrowed/snapshot.json").toFile()).get("runs").get(0);
    List<String> scanned = new ArrayList<>();
    run.get("scopes").forEach(s -> scanned.add(scope(s)));
    assertThat(scanned).containsExactlyInAnyOrder("aws/" + MotoAws.ACCOUNT + "/" + TOKYO,
        "aws/" + MotoAws.ACCOUNT + "/global");
  }

  @Test
  void evaluateOfTheSnapshot_givesTheSameRequirementStatuses() throws Exception {
    Path again = tmp.resolve("again");
    Cli eval = Cli.run("evaluate", "--snapshot", tmp.resolve("scan/snapshot.json").toString(),
        "--now", "2026-11-26T00:00:00Z", "--out", again.toString());
    assertThat(eval.exit()).as(eval.err()).isEqualTo(ExitCode.NOT_MET);
    assertThat(requirementStatuses(JSON.readTree(again.resolve("report.json").toFile())))
        .isEqualTo(requirementStatuses(report));
  }
}
