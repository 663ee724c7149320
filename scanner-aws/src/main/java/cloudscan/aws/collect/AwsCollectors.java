package cloudscan.aws.collect;

import cloudscan.aws.collect.account.SecurityContactCollector;
import cloudscan.aws.collect.acm.AcmCollector;
import cloudscan.aws.collect.backup.BackupCollector;
import cloudscan.aws.collect.cloudfront.CloudFrontCollector;
import cloudscan.aws.collect.cloudtrail.CloudTrailCollector;
import cloudscan.aws.collect.config.ConfigCollector;
import cloudscan.aws.collect.dynamodb.DynamoDbCollector;
import cloudscan.aws.collect.ec2.Ec2ComputeCollector;
import cloudscan.aws.collect.ec2.Ec2NetworkCollector;
import cloudscan.aws.collect.elbv2.Elbv2Collector;
import cloudscan.aws.collect.events.FindingRoutesCollector;
import cloudscan.aws.collect.guardduty.GuardDutyCollector;
import cloudscan.aws.collect.iam.IamCollector;
import cloudscan.aws.collect.inspector2.Inspector2Collector;
import cloudscan.aws.collect.kms.KmsCollector;
import cloudscan.aws.collect.logs.LogsCollector;
import cloudscan.aws.collect.organizations.OrganizationsCollector;
import cloudscan.aws.collect.rds.RdsCollector;
import cloudscan.aws.collect.s3.S3Collector;
import cloudscan.aws.collect.securityhub.SecurityHubCollector;
import cloudscan.aws.collect.ssm.SsmCollector;
import cloudscan.aws.collect.costexplorer.CostExplorerCollector;
import cloudscan.aws.collect.ec2.LocalZonesCollector;
import cloudscan.aws.collect.ecr.EcrCollector;
import cloudscan.aws.collect.ecs.EcsCollector;
import cloudscan.aws.collect.efs.EfsCollector;
import cloudscan.aws.collect.eks.EksCollector;
import cloudscan.aws.collect.elasticache.ElastiCacheCollector;
import cloudscan.aws.collect.firehose.FirehoseCollector;
import cloudscan.aws.collect.fsx.FsxCollector;
import cloudscan.aws.collect.glacier.GlacierCollector;
import cloudscan.aws.collect.kinesis.KinesisCollector;
import cloudscan.aws.collect.lambda.LambdaCollector;
import cloudscan.aws.collect.memorydb.MemoryDbCollector;
import cloudscan.aws.collect.opensearch.OpenSearchCollector;
import cloudscan.aws.collect.rds.RdsBackupsCollector;
import cloudscan.aws.collect.redshift.RedshiftCollector;
import cloudscan.aws.collect.secretsmanager.SecretsManagerCollector;
import cloudscan.aws.collect.sns.SnsCollector;
import cloudscan.aws.collect.sqs.SqsCollector;
import cloudscan.aws.collect.ssm.SsmParametersCollector;
import cloudscan.aws.collect.tagging.TaggingCollector;
import cloudscan.core.provider.Collector;
import java.util.List;

/** The explicit list of AWS collectors (no classpath scanning): add a new one here. */
public final class AwsCollectors {

  private AwsCollectors() { }

  public static List<Collector> all(AwsClients clients) {
    // The big account-wide collectors first: they start before the regional ones.
    return List.of(
        new IamCollector(clients),
        new S3Collector(clients),
        new Ec2NetworkCollector(clients),
        new Ec2ComputeCollector(clients),
        new KmsCollector(clients),
        new CloudTrailCollector(clients),
        new LogsCollector(clients),
        new GuardDutyCollector(clients),
        new ConfigCollector(clients),
        new RdsCollector(clients),
        new Elbv2Collector(clients),
        new AcmCollector(clients),
        new CloudFrontCollector(clients),
        new BackupCollector(clients),
        new Inspector2Collector(clients),
        new SecurityHubCollector(clients),
        new FindingRoutesCollector(clients),
        new SecurityContactCollector(clients),
        new OrganizationsCollector(clients),
        new DynamoDbCollector(clients),
        new SsmCollector(clients),
        // residency (1.1): every other type that can hold data, located by its own list call
        new LocalZonesCollector(clients),
        new RdsBackupsCollector(clients),
        new EfsCollector(clients),
        new FsxCollector(clients),
        new EcrCollector(clients),
        new SecretsManagerCollector(clients),
        new SsmParametersCollector(clients),
        new ElastiCacheCollector(clients),
        new MemoryDbCollector(clients),
        new RedshiftCollector(clients),
        new OpenSearchCollector(clients),
        new KinesisCollector(clients),
        new FirehoseCollector(clients),
        new SqsCollector(clients),
        new SnsCollector(clients),
        new LambdaCollector(clients),
        new EcsCollector(clients),
        new EksCollector(clients),
        new GlacierCollector(clients),
        new CostExplorerCollector(clients),
        new TaggingCollector(clients));
  }
}
