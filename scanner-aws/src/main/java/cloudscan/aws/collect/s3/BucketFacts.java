package cloudscan.aws.collect.s3;

import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Partitions;
import cloudscan.aws.collect.PolicyDocuments;
import cloudscan.aws.collect.Reads;
import cloudscan.aws.collect.Reads.Fetched;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.BackupVault.Immutability;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionByDefault;

/** The facts of one bucket, read with a client in the bucket's own region. */
final class BucketFacts {

  /** Services that deliver audit or flow logs into buckets their policy names. */
  private static final Set<String> LOG_DELIVERY = Set.of("cloudtrail.amazonaws.com", "delivery.logs.amazonaws.com",
      "logging.s3.amazonaws.com", "config.amazonaws.com");

  private final S3Client s3;
  private final String name;
  private final ResourceRef ref;
  private final Map<String, String> knownRegions;

  BucketFacts(S3Client s3, Target target, String name, String region, Map<String, String> knownRegions) {
    this.s3 = s3;
    this.name = name;
    this.ref = AwsRefs.withId(target, region, "s3", "bucket", "arn:" + partitionOf(region) + ":s3:::" + name);
    this.knownRegions = knownRegions;
  }

  ResourceRef ref() {
    return ref;
  }

  void emit(Fetched<AccessBlock> account, FactSink out) {
    out.accept(Located.regional(ref));
    out.accept(new DataStore(ref, StoreKind.OBJECT_STORAGE, Known.of(true))); // S3 Standard spans 3+ zones
    Reads.step(out, Set.of(EncryptionAtRest.class), () -> List.of(encryption()));
    Reads.step(out, Set.of(Replica.class), this::replicas);
    Fetched<String> policy = Reads.fetch(out, Set.of(PublicEndpoint.class, LogStore.class),
        () -> s3.getBucketPolicy(r -> r.bucket(name)).policy(), "NoSuchBucketPolicy");
    if (account.ok() && policy.ok()) {
      Reads.step(out, Set.of(PublicEndpoint.class),
          () -> List.of(PublicAccess.of(s3, ref, name, account.value(), policy.value())));
    }
    Fetched<ObjectLockConfiguration> lock = Reads.fetch(out, Set.of(BackupVault.class, LogStore.class),
        () -> s3.getObjectLockConfiguration(r -> r.bucket(name)).objectLockConfiguration(),
        "ObjectLockConfigurationNotFoundError");
    if (lock.ok() && lock.value() != null && "Enabled".equals(lock.value().objectLockEnabledAsString())) {
      Integer days = retentionDays(lock.value());
      out.accept(new BackupVault(ref, immutability(lock.value()), Known.notOffered(),
          days == null ? Known.notOffered() : Known.of(days), Known.notOffered(), Known.unread()));
    }
    boolean logBucket = policy.ok() && PolicyDocuments.allowedServices(policy.value()).stream()
        .anyMatch(LOG_DELIVERY::contains);
    if (logBucket && lock.ok()) {
      Reads.step(out, Set.of(LogStore.class), () -> List.of(new LogStore(ref, true, LifecycleRetention.of(s3, name),
          Known.of(immutability(lock.value()) == Immutability.LOCKED))));
    }
  }

  private EncryptionAtRest encryption() {
    var config = Reads.orNull(() -> s3.getBucketEncryption(r -> r.bucket(name)).serverSideEncryptionConfiguration(),
        "ServerSideEncryptionConfigurationNotFoundError");
    if (config == null || !config.hasRules() || config.rules().isEmpty()) {
      return new EncryptionAtRest(ref, StoreKind.OBJECT_STORAGE, Known.of(false), null);
    }
    ServerSideEncryptionByDefault sse = config.rules().get(0).applyServerSideEncryptionByDefault();
    boolean on = sse != null && sse.sseAlgorithmAsString() != null;
    return new EncryptionAtRest(ref, StoreKind.OBJECT_STORAGE, Known.of(on), on ? sse.kmsMasterKeyID() : null);
  }

  private List<Fact> replicas() {
    var config = Reads.orNull(() -> s3.getBucketReplication(r -> r.bucket(name)).replicationConfiguration(),
        "ReplicationConfigurationNotFoundError");
    if (config == null) {
      return List.of();
    }
    return config.rules().stream()
        .filter(rule -> "Enabled".equals(rule.statusAsString()) && rule.destination() != null)
        .map(rule -> (Fact) new Replica(ref, "s3-replication",
            rule.destination().account() != null ? rule.destination().account() : ref.account(),
            knownRegions.get(bucketOf(rule.destination().bucket()))))
        .toList();
  }

  private static Immutability immutability(ObjectLockConfiguration lock) {
    if (lock == null || !"Enabled".equals(lock.objectLockEnabledAsString())) {
      return Immutability.NONE;
    }
    var retention = lock.rule() == null ? null : lock.rule().defaultRetention();
    if (retention == null) {
      return Immutability.UNLOCKED;
    }
    return "COMPLIANCE".equals(retention.modeAsString()) ? Immutability.LOCKED : Immutability.UNLOCKED;
  }

  private static Integer retentionDays(ObjectLockConfiguration lock) {
    var retention = lock.rule() == null ? null : lock.rule().defaultRetention();
    if (retention == null) {
      return null;
    }
    return retention.days() != null ? retention.days() : retention.years() == null ? null : retention.years() * 365;
  }

  /** {@code arn:aws:s3:::name} → {@code name}. */
  private static String bucketOf(String arn) {
    return arn == null ? null : arn.substring(arn.lastIndexOf(':') + 1);
  }

  private static String partitionOf(String region) {
    return Partitions.ofRegion(region);
  }
}
