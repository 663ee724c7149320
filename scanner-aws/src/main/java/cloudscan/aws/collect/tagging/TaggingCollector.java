package cloudscan.aws.collect.tagging;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.arns.Arn;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.ResourceTagMapping;

/**
 * Tags of the region's resources, read once per region with the Resource Groups Tagging API
 * (GetResources, paged), never one call per resource → {@link ResourceLabel} (the {@code Name} tag,
 * else the name in the ARN). Services whose own list calls return tags for free (EC2, RDS, EFS,
 * FSx, Secrets Manager, Redshift) and KMS keys (labelled by alias) are labelled by their collectors;
 * so are S3 buckets and DynamoDB tables, from this same read ({@link #tags}): the API lists every
 * tagged (and once-tagged) resource, so a bucket or table it does not list has no tags, which a
 * backup selection by tag needs to know. Other resources it does not list get no label.
 */
public final class TaggingCollector implements Collector {

  private static final Set<String> LABELLED_ELSEWHERE = Set.of("ec2", "elasticfilesystem", "fsx", "secretsmanager",
      "redshift", "kms", "rds", "s3", "dynamodb");
  /** The services whose resources the scan reports and whose listings carry no tags. */
  private static final java.util.List<String> TYPES = java.util.List.of("s3", "dynamodb", "backup", "lambda",
      "sqs", "sns", "ecr", "kinesis", "firehose", "ecs", "eks", "glacier", "es", "elasticache", "memorydb",
      "elasticloadbalancing", "logs", "cloudtrail", "acm", "ssm");

  private final AwsClients clients;

  public TaggingCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "tag";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    tags(clients, target).forEach((arn, tags) -> {
      if (Arn.tryFromString(arn).map(a -> !LABELLED_ELSEWHERE.contains(a.service())).orElse(false)) {
        out.accept(label(target, arn, tags));
      }
    });
  }

  /**
   * The tags of every resource of {@link #TYPES} the API lists in the target's region, by ARN:
   * one paged GetResources per (account, region), shared by this collector and the S3 and
   * DynamoDB collectors. A resource of those types not in the map has no tags.
   */
  public static Map<String, Map<String, String>> tags(AwsClients clients, Target target) {
    return clients.shared(target, "tag:GetResources", () -> {
      Map<String, Map<String, String>> out = new LinkedHashMap<>();
      clients.client(target, ResourceGroupsTaggingApiClient.class, ResourceGroupsTaggingApiClient::builder)
          .getResourcesPaginator(r -> r.resourceTypeFilters(TYPES)).resourceTagMappingList()
          .forEach(m -> out.put(m.resourceARN(), tagMap(m)));
      return out;
    });
  }

  private static Map<String, String> tagMap(ResourceTagMapping m) {
    Map<String, String> tags = new LinkedHashMap<>();
    m.tags().forEach(t -> tags.put(t.key(), t.value() == null ? "" : t.value()));
    return tags;
  }

  private static ResourceLabel label(Target target, String resourceArn, Map<String, String> tags) {
    Arn arn = Arn.fromString(resourceArn);
    String resource = arn.resourceAsString();
    String name = tags.getOrDefault("Name", resource.substring(Math.max(resource.lastIndexOf('/'),
        resource.lastIndexOf(':')) + 1));
    return new ResourceLabel(AwsRefs.withId(target, target.location(), arn.service(), "resource", resourceArn),
        name, Known.of(tags));
  }
}
