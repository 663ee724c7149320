package cloudscan.aws.collect;

import java.util.Optional;

/** AWS partitions as the scanner needs them: which partition a region or ARN is in, and where
 * that partition's global services are called. */
public final class Partitions {

  private Partitions() { }

  /** {@code aws}, {@code aws-cn}, {@code aws-us-gov}, {@code aws-iso}, {@code aws-iso-b} by region prefix. */
  public static String ofRegion(String region) {
    if (region.startsWith("cn-")) {
      return "aws-cn";
    }
    if (region.startsWith("us-gov-")) {
      return "aws-us-gov";
    }
    if (region.startsWith("us-isob-")) {
      return "aws-iso-b";
    }
    if (region.startsWith("us-iso-")) {
      return "aws-iso";
    }
    return "aws";
  }

  /** The partition field of an ARN ({@code arn:aws-cn:iam::...} → {@code aws-cn}). */
  public static Optional<String> ofArn(String arn) {
    String[] parts = arn == null ? new String[0] : arn.split(":", 3);
    return parts.length >= 2 && parts[0].equals("arn") ? Optional.of(parts[1]) : Optional.empty();
  }

  public static String globalRegion(String partition) {
    return switch (partition) {
      case "aws-cn" -> "cn-north-1";
      case "aws-us-gov" -> "us-gov-west-1";
      case "aws-iso" -> "us-iso-east-1";
      case "aws-iso-b" -> "us-isob-east-1";
      default -> "us-east-1";
    };
  }

  /** Builds an ARN: {@code arn:<partition>:<service>:<region>:<account>:<resource>}. */
  public static String arn(String partition, String service, String region, String account, String resource) {
    return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
  }
}
