package cloudscan.aws.collect;

import cloudscan.aws.collect.cloudtrail.CloudTrailCollector;
import cloudscan.aws.collect.config.ConfigCollector;
import cloudscan.aws.collect.ec2.Ec2ComputeCollector;
import cloudscan.aws.collect.ec2.Ec2NetworkCollector;
import cloudscan.aws.collect.guardduty.GuardDutyCollector;
import cloudscan.aws.collect.iam.IamCollector;
import cloudscan.aws.collect.kms.KmsCollector;
import cloudscan.aws.collect.logs.LogsCollector;
import cloudscan.aws.collect.s3.S3Collector;
import cloudscan.core.provider.Collector;
import java.util.List;

/** The explicit list of AWS collectors (no classpath scanning): add a new one here. */
public final class AwsCollectors {

  private AwsCollectors() { }

  public static List<Collector> all(AwsClients clients) {
    return List.of(
        new Ec2NetworkCollector(clients),
        new KmsCollector(clients),
        new S3Collector(clients),
        new CloudTrailCollector(clients),
        new LogsCollector(clients),
        new IamCollector(clients),
        new Ec2ComputeCollector(clients),
        new GuardDutyCollector(clients),
        new ConfigCollector(clients));
  }
}
