package cloudscan.aws.collect;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.Target;

/** Builds {@link ResourceRef}s for AWS resources: type {@code service:kind}, ID the resource's ARN. */
public final class AwsRefs {

  private AwsRefs() { }

  /** A regional resource without an ARN in the API answer: builds {@code arn:…:<kind>/<id>}. */
  public static ResourceRef regional(AwsClients clients, Target target, String service, String kind, String id) {
    String arn = Partitions.arn(clients.partition(), service, target.location(), target.account(), kind + "/" + id);
    return ResourceRef.of(Cloud.AWS, target.account(), target.location(), service + ":" + kind, arn);
  }

  /** A resource whose ARN (or other stable ID) the API gave, in {@code location}. */
  public static ResourceRef withId(Target target, String location, String service, String kind, String id) {
    return ResourceRef.of(Cloud.AWS, target.account(), location, service + ":" + kind, id);
  }
}
