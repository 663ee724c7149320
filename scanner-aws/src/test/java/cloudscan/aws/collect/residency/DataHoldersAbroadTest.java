package cloudscan.aws.collect.residency;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsCollectors;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Residency;
import cloudscan.core.provider.Collector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.efs.EfsClient;
import software.amazon.awssdk.services.glacier.GlacierClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Residency (1.1) of every type that can hold data: one resource of each, planted in us-east-1,
 * is located there by its service's collector (run as the scan runs them, every regional
 * collector on the region), so residency.outside-japan fails it.
 */
@ExtendWith(MotoExtension.class)
class DataHoldersAbroadTest {

  private static final String VIRGINIA = "us-east-1";
  private static AwsClients clients;
  private static final Collected FACTS = new Collected();

  @BeforeAll
  static void seedAndScan() throws IOException {
    MotoAws.seed(EfsClient.class, EfsClient::builder, VIRGINIA).createFileSystem(r -> r.creationToken("shared-files"));
    MotoAws.seed(EcrClient.class, EcrClient::builder, VIRGINIA).createRepository(r -> r.repositoryName("web"));
    MotoAws.seed(SecretsManagerClient.class, SecretsManagerClient::builder, VIRGINIA)
        .createSecret(r -> r.name("db-password").secretString("not-read-by-the-scan"));
    MotoAws.seed(SsmClient.class, SsmClient::builder, VIRGINIA)
        .putParameter(r -> r.name("/app/db-url").value("jdbc:postgresql://db/residents").type("String"));
    MotoAws.seed(KinesisClient.class, KinesisClient::builder, VIRGINIA)
        .createStream(r -> r.streamName("events").shardCount(1));
    MotoAws.seed(SqsClient.class, SqsClient::builder, VIRGINIA).createQueue(r -> r.queueName("jobs"));
    MotoAws.seed(SnsClient.class, SnsClient::builder, VIRGINIA).createTopic(r -> r.name("alerts"));
    MotoAws.seed(EcsClient.class, EcsClient::builder, VIRGINIA).createCluster(r -> r.clusterName("batch"));
    MotoAws.seed(GlacierClient.class, GlacierClient::builder, VIRGINIA).createVault(r -> r.accountId("-")
        .vaultName("archive"));
    givenFunction();
    givenDatabaseSnapshot();
    givenTableBackup();
    clients = MotoAws.scanClients();
    for (Collector c : AwsCollectors.all(clients)) {
      if (!c.global()) {
        try {
          c.collect(MotoAws.regional(VIRGINIA), FACTS);
        } catch (Exception e) {
          FACTS.gap(e, c.produces());
        }
      }
    }
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  private static void givenFunction() throws IOException {
    String role = MotoAws.seed(IamClient.class, IamClient::builder, VIRGINIA).createRole(r -> r.roleName("fn")
        .assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}")).role().arn();
    SdkBytes code = zip();
    MotoAws.seed(LambdaClient.class, LambdaClient::builder, VIRGINIA).createFunction(r -> r.functionName("resize")
        .runtime("python3.12").role(role).handler("index.handler").code(c -> c.zipFile(code))
        .environment(e -> e.variables(java.util.Map.of("DB_PASSWORD", "hunter2"))));
  }

  private static SdkBytes zip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("index.py"));
      zip.write("def handler(event, context):\n    return event\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return SdkBytes.fromByteArray(bytes.toByteArray());
  }

  private static void givenDatabaseSnapshot() {
    RdsClient rds = MotoAws.seed(RdsClient.class, RdsClient::builder, VIRGINIA);
    rds.createDBInstance(r -> r.dbInstanceIdentifier("abroad").engine("postgres").dbInstanceClass("db.t3.micro")
        .allocatedStorage(20).masterUsername("admin").masterUserPassword("secret-password"));
    rds.createDBSnapshot(r -> r.dbInstanceIdentifier("abroad").dbSnapshotIdentifier("abroad-manual"));
  }

  private static void givenTableBackup() {
    DynamoDbClient ddb = MotoAws.seed(DynamoDbClient.class, DynamoDbClient::builder, VIRGINIA);
    ddb.createTable(r -> r.tableName("abroad").billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
        .keySchema(k -> k.attributeName("id").keyType("HASH")));
    ddb.createBackup(r -> r.tableName("abroad").backupName("abroad-backup"));
  }

  @ParameterizedTest
  @CsvSource({"elasticfilesystem:file-system, :file-system/", "ecr:repository, :repository/web",
      "secretsmanager:secret, :secret:db-password", "ssm:parameter, :parameter/app/db-url",
      "kinesis:stream, :stream/events", "sqs:queue, :jobs", "sns:topic, :alerts", "ecs:cluster, :cluster/batch",
      "glacier:vault, :vaults/archive", "lambda:function, :function:resize", "rds:snapshot, :snapshot:abroad-manual",
      "dynamodb:backup, :table/abroad/backup/"})
  void dataHolderPlantedInVirginia_isLocatedAbroad(String type, String idPart) {
    assertThat(FACTS.all(Located.class, l -> l.resource().type().equals(type) && l.resource().id().contains(idPart)))
        .singleElement().matches(l -> l.resource().location().equals(VIRGINIA) && l.residency() == Residency.ABROAD);
  }

  @org.junit.jupiter.api.Test
  void everyInventoryRead_succeeds() {
    assertThat(FACTS.gaps()).extracting(g -> cloudscan.aws.collect.AwsErrors.describe(g.error()).operation() + " "
        + cloudscan.aws.collect.AwsErrors.describe(g.error()).message())
        .allMatch(op -> op.startsWith("ssm:DescribeInstanceInformation") || op.startsWith("backup:"));
  }
}
