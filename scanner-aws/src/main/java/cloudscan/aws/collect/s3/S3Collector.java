package cloudscan.aws.collect.s3;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.Partitions;
import cloudscan.aws.collect.Reads;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Known;
import cloudscan.aws.collect.tagging.TaggingCollector;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/**
 * S3 buckets (global): where each is, default encryption, public reachability (AWS's policy
 * status, ACL, Block Public Access of bucket and account), replication, Object Lock, and for log
 * buckets the retention their lifecycle gives. Buckets are read concurrently.
 */
public final class S3Collector implements Collector {

  private final AwsClients clients;

  public S3Collector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "s3";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Located.class, DataStore.class, EncryptionAtRest.class, PublicEndpoint.class, Replica.class,
        BackupVault.class, LogStore.class, ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    S3Client s3 = clients.client(target, S3Client.class, S3Client::builder);
    Reads.Fetched<AccessBlock> account = accountBlock(target, out);
    // Paginated ListBuckets (max-buckets set) returns each BucketRegion: no GetBucketLocation per bucket.
    List<Bucket> buckets = s3.listBucketsPaginator(r -> r.maxBuckets(1000)).buckets().stream().toList();
    Map<String, String> regions = new HashMap<>();
    for (Bucket b : buckets) {
      try {
        regions.put(b.name(), b.bucketRegion() != null ? b.bucketRegion() : location(s3, b.name()));
      } catch (SdkException e) {
        out.gap(e, produces());
      }
    }
    // Buckets are read concurrently; each bucket's reads are sub-steps with their own gaps.
    List<Bucket> located = buckets.stream().filter(b -> regions.get(b.name()) != null).toList();
    clients.items().each(out, produces(), located, b -> {
      String region = regions.get(b.name());
      S3Client regional = clients.client(target.account(), Region.of(region), S3Client.class, S3Client::builder);
      BucketFacts bucket = new BucketFacts(regional, target, b.name(), region, regions);
      bucket.emit(account, out);
      return label(target, bucket.ref(), b.name(), out);
    });
  }

  /**
   * The bucket's name and tags, from the one tagging read of its region (shared with the tagging
   * collector): a bucket the API does not list has no tags. A failed read is a gap, never "no tags".
   */
  private List<Fact> label(Target target, ResourceRef ref, String name, FactSink out) {
    Target home = new Target(new Scope(Cloud.AWS, target.account(), ref.location()));
    Reads.Fetched<Map<String, Map<String, String>>> tags = Reads.fetch(out, Set.of(ResourceLabel.class),
        () -> TaggingCollector.tags(clients, home));
    return tags.ok() ? List.of(new ResourceLabel(ref, name, Known.of(tags.value().getOrDefault(ref.id(), Map.of()))))
        : List.of();
  }

  /** GetBucketLocation answers null (or "") for us-east-1 and "EU" for old eu-west-1 buckets. */
  private String location(S3Client s3, String bucket) {
    String loc = s3.getBucketLocation(r -> r.bucket(bucket)).locationConstraintAsString();
    if (loc == null || loc.isEmpty()) {
      return Partitions.globalRegion(clients.partition()); // us-east-1, cn-north-1, us-gov-west-1…
    }
    return "EU".equals(loc) ? "eu-west-1" : loc;
  }

  private Reads.Fetched<AccessBlock> accountBlock(Target target, FactSink out) {
    S3ControlClient control = clients.client(target, S3ControlClient.class, S3ControlClient::builder);
    Reads.Fetched<AccessBlock> read = Reads.fetch(out, Set.of(PublicEndpoint.class), () -> AccessBlock.of(
        control.getPublicAccessBlock(r -> r.accountId(target.account())).publicAccessBlockConfiguration()),
        "NoSuchPublicAccessBlockConfiguration");
    return read.ok() && read.value() == null ? new Reads.Fetched<>(AccessBlock.NONE, true) : read;
  }
}
