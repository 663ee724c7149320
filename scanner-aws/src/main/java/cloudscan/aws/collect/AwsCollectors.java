package cloudscan.aws.collect;

import cloudscan.aws.collect.acm.AcmCollector;
import cloudscan.aws.collect.backup.BackupCollector;
import cloudscan.aws.collect.cloudfront.CloudFrontCollector;
import cloudscan.aws.collect.cloudtrail.CloudTrailCollector;
import cloudscan.aws.collect.config.ConfigCollector;
import cloudscan.aws.collect.dynamodb.DynamoDbCollector;
import cloudscan.aws.collect.ec2.Ec2ComputeCollector;
import cloudscan.aws.collect.ec2.Ec2NetworkCollector;
import cloudscan.aws.collect.elbv2.Elbv2Collector;
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
import cloudscan.core.provider.Collector;
import java.util.List;

/** The explicit list of AWS collectors (no classpath scanning): add a new one here. */
public final class AwsCollectors {

  private AwsCollectors() { }

  public static List<Collector> all(AwsClients clients) {
    return List.of(
        new Ec2NetworkCollector(clients),
        new Ec2ComputeCollector(clients),
        new KmsCollector(clients),
        new S3Collector(clients),
        new CloudTrailCollector(clients),
        new LogsCollector(clients),
        new IamCollector(clients),
        new GuardDutyCollector(clients),
        new ConfigCollector(clients),
        new RdsCollector(clients),
        new Elbv2Collector(clients),
        new AcmCollector(clients),
        new CloudFrontCollector(clients),
        new BackupCollector(clients),
        new Inspector2Collector(clients),
        new SecurityHubCollector(clients),
        new OrganizationsCollector(clients),
        new DynamoDbCollector(clients),
        new SsmCollector(clients));
  }
}
