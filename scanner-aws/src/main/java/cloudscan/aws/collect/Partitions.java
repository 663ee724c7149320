package cloudscan.aws.collect;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

/**
 * AWS partitions as the scanner needs them: which partition a region or ARN is in (from the SDK's
 * own partition metadata: aws, aws-cn, aws-us-gov, aws-eusc, the iso partitions), and where that
 * partition's global services (IAM, Organizations, S3 bucket listing, Cost Explorer) are called.
 */
public final class Partitions {

  /** The region a partition's global endpoints sign for; a bucket without a location is there too. */
  private static final Map<String, String> HOME = Map.of(
      "aws", "us-east-1",
      "aws-cn", "cn-north-1",
      "aws-us-gov", "us-gov-west-1",
      "aws-eusc", "eusc-de-east-1",
      "aws-iso", "us-iso-east-1",
      "aws-iso-b", "us-isob-east-1",
      "aws-iso-e", "eu-isoe-west-1",
      "aws-iso-f", "us-isof-south-1");

  private Partitions() { }

  /** {@code aws}, {@code aws-cn}, {@code aws-us-gov}, {@code aws-eusc}, … by the SDK's region patterns. */
  public static String ofRegion(String region) {
    return PartitionMetadata.of(Region.of(region)).id();
  }

  /** The partition field of an ARN ({@code arn:aws-cn:iam::...} → {@code aws-cn}). */
  public static Optional<String> ofArn(String arn) {
    String[] parts = arn == null ? new String[0] : arn.split(":", 3);
    return parts.length >= 2 && parts[0].equals("arn") ? Optional.of(parts[1]) : Optional.empty();
  }

  public static String globalRegion(String partition) {
    return HOME.getOrDefault(partition, "us-east-1");
  }

  /** Builds an ARN: {@code arn:<partition>:<service>:<region>:<account>:<resource>}. */
  public static String arn(String partition, String service, String region, String account, String resource) {
    return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
  }
}
