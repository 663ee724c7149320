package cloudscan.aws.collect.ec2;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Partitions;
import cloudscan.aws.collect.Reads;
import cloudscan.aws.collect.Reads.Fetched;
import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Volume;
import cloudscan.aws.collect.ssm.SsmCollector;

/**
 * EC2 instances → {@link ComputeInstance} and {@link Located} (zone, so Local Zones abroad show);
 * EBS volumes and own snapshots → {@link Located}, {@link DataStore}, {@link EncryptionAtRest};
 * EBS encryption by default → {@link EncryptionAtRest} (ACCOUNT_DEFAULT); names and tags, free with
 * the describes → {@link ResourceLabel}. Managed access is an SSM
 * agent reporting Online.
 */
public final class Ec2ComputeCollector implements Collector {

  private final AwsClients clients;

  public Ec2ComputeCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(ComputeInstance.class, Located.class, DataStore.class, EncryptionAtRest.class, ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    Ec2Client ec2 = clients.client(target, Ec2Client.class, Ec2Client::builder);
    List<Instance> instances = ec2.describeInstancesPaginator(r -> { }).reservations().stream()
        .flatMap(r -> r.instances().stream())
        .filter(i -> !"terminated".equals(i.state() == null ? null : i.state().nameAsString()))
        .toList();
    if (!instances.isEmpty()) { // no instances: no need to know which are managed (and no gap if SSM fails)
      Fetched<Set<String>> managed = Reads.fetch(out, Set.of(ComputeInstance.class), () -> ssmOnline(target));
      instances.forEach(i -> instance(target, i, managed).forEach(out::accept));
    }
    ec2.describeVolumesPaginator(r -> { }).volumes().forEach(v -> volume(target, v).forEach(out::accept));
    Reads.step(out, Set.of(Located.class, DataStore.class, EncryptionAtRest.class), () ->
        ec2.describeSnapshotsPaginator(r -> r.ownerIds("self").filters(ownedBy(target.account())))
            .snapshots().stream().flatMap(s -> snapshot(target, s).stream()).toList());
    // Own AMIs are data too (disk images); an AMI's ARN names no account.
    Reads.step(out, Set.of(Located.class), () -> ec2.describeImagesPaginator(r -> r.owners("self")).images().stream()
        .map(i -> (Fact) Located.regional(AwsRefs.withId(target, target.location(), "ec2", "image",
            Partitions.arn(clients.partition(), "ec2", target.location(), "", "image/" + i.imageId()))))
        .toList());
    Reads.step(out, Set.of(EncryptionAtRest.class), () -> List.of(new EncryptionAtRest(
        AwsRefs.regional(clients, target, "ec2", "ebs-encryption-by-default", target.location()),
        StoreKind.ACCOUNT_DEFAULT,
        Known.ofNullable(ec2.getEbsEncryptionByDefault(r -> { }).ebsEncryptionByDefault()), null)));
  }

  private List<Fact> instance(Target target, Instance i, Fetched<Set<String>> managed) {
    ResourceRef ref = AwsRefs.regional(clients, target, "ec2", "instance", i.instanceId());
    String zone = i.placement() == null ? null : i.placement().availabilityZone();
    boolean publicIp = i.publicIpAddress() != null || i.ipv6Address() != null;
    Known<Boolean> managedAccess = managed.ok() ? Known.of(managed.value().contains(i.instanceId())) : Known.unread();
    return List.of(Located.zonal(ref, zone), new ComputeInstance(ref, managedAccess, Known.of(publicIp)),
        Ec2Labels.of(ref, i.tags(), null));
  }

  private List<Fact> volume(Target target, Volume v) {
    ResourceRef ref = AwsRefs.regional(clients, target, "ec2", "volume", v.volumeId());
    return List.of(Located.zonal(ref, v.availabilityZone()), Ec2Labels.of(ref, v.tags(), null),
        new DataStore(ref, StoreKind.BLOCK_STORAGE, Known.of(false)), // an EBS volume lives in one zone
        new EncryptionAtRest(ref, StoreKind.BLOCK_STORAGE, Known.ofNullable(v.encrypted()), v.kmsKeyId()));
  }

  /** Snapshots are kept regionally (in S3), so they survive the loss of a zone. */
  private List<Fact> snapshot(Target target, Snapshot s) {
    ResourceRef ref = AwsRefs.regional(clients, target, "ec2", "snapshot", s.snapshotId());
    return List.of(Located.regional(ref), Ec2Labels.of(ref, s.tags(), null),
        new DataStore(ref, StoreKind.SNAPSHOT, Known.of(true)),
        new EncryptionAtRest(ref, StoreKind.SNAPSHOT, Known.ofNullable(s.encrypted()), s.kmsKeyId()));
  }

  /** moto ignores OwnerIds; the owner-id filter means the same on AWS. */
  private static Filter ownedBy(String account) {
    return Filter.builder().name("owner-id").values(account).build();
  }

  /** Instance IDs whose SSM agent is Online (reachable through Session Manager). */
  private Set<String> ssmOnline(Target target) {
    return SsmCollector.managedNodes(clients, target).stream()
        .filter(info -> "Online".equals(info.pingStatusAsString()))
        .map(info -> info.instanceId())
        .collect(Collectors.toSet());
  }
}
