package cloudscan.aws.collect.rds;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.Tag;
import software.amazon.awssdk.services.rds.model.VpcSecurityGroupMembership;

/**
 * RDS DB instances and clusters → {@link Located} (instance: its availability zone),
 * {@link DataStore} (Multi-AZ), {@link EncryptionAtRest} (storage encryption, KMS key),
 * {@link PublicEndpoint} (PubliclyAccessible; security-group rules are judged separately from
 * their own facts) and {@link Replica} (read replicas, automated-backup replication).
 *
 * <p>An instance in a cluster (Aurora, Multi-AZ DB cluster) shares the cluster's storage, so its
 * storage facts come from the cluster; its zone and public reachability stay per instance.
 */
public final class RdsCollector implements Collector {

  private final AwsClients clients;

  public RdsCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "rds";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Located.class, DataStore.class, EncryptionAtRest.class, PublicEndpoint.class, Replica.class,
        ResourceLabel.class, NetworkAttachment.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    RdsClient rds = clients.client(target, RdsClient.class, RdsClient::builder);
    rds.describeDBInstancesPaginator(r -> { }).dbInstances().forEach(db -> {
      instance(target, db).forEach(out::accept);
      behind(target, instanceRef(target, db), groupIds(db.vpcSecurityGroups())).ifPresent(out::accept);
    });
    rds.describeDBClustersPaginator(r -> { }).dbClusters().forEach(c -> {
      cluster(target, c).forEach(out::accept);
      behind(target, clusterRef(target, c), groupIds(c.vpcSecurityGroups())).ifPresent(out::accept);
    });
  }

  /**
   * The security groups in front of a database: they decide who reaches a public endpoint, which
   * has no IP list of its own. (Its subnets' network ACLs are left out: they could only narrow.)
   */
  private Optional<NetworkAttachment> behind(Target target, ResourceRef db, List<String> groupIds) {
    if (groupIds.isEmpty()) {
      return Optional.empty();
    }
    List<String> groups = groupIds.stream()
        .map(g -> AwsRefs.regional(clients, target, "ec2", "security-group", g).id()).toList();
    return Optional.of(new NetworkAttachment(db, List.of(new NetworkAttachment.Layer(groups)), List.of()));
  }

  private static List<String> groupIds(List<VpcSecurityGroupMembership> groups) {
    return groups.stream().map(VpcSecurityGroupMembership::vpcSecurityGroupId).toList();
  }

  private static ResourceRef instanceRef(Target target, DBInstance db) {
    return AwsRefs.withId(target, target.location(), "rds", "db", db.dbInstanceArn());
  }

  private static ResourceRef clusterRef(Target target, DBCluster c) {
    return AwsRefs.withId(target, target.location(), "rds", "cluster", c.dbClusterArn());
  }

  private static List<Fact> instance(Target target, DBInstance db) {
    ResourceRef ref = instanceRef(target, db);
    List<Fact> facts = new ArrayList<>();
    facts.add(Located.zonal(ref, db.availabilityZone()));
    facts.add(label(ref, db.dbInstanceIdentifier(), db.tagList()));
    if (db.dbClusterIdentifier() == null) {
      facts.add(new DataStore(ref, StoreKind.DATABASE, Known.ofNullable(db.multiAZ())));
      facts.add(encryption(ref, db.storageEncrypted(), db.kmsKeyId()));
    }
    facts.add(endpoint(ref, db.publiclyAccessible()));
    facts.addAll(RdsReplicas.of(ref, db));
    return facts;
  }

  private static List<Fact> cluster(Target target, DBCluster c) {
    ResourceRef ref = clusterRef(target, c);
    List<Fact> facts = new ArrayList<>();
    facts.add(Located.regional(ref));
    facts.add(label(ref, c.dbClusterIdentifier(), c.tagList()));
    facts.add(new DataStore(ref, StoreKind.DATABASE, Known.ofNullable(clusterMultiZone(c))));
    facts.add(encryption(ref, c.storageEncrypted(), c.kmsKeyId()));
    if (c.publiclyAccessible() != null) { // Multi-AZ DB clusters; Aurora answers per instance
      facts.add(endpoint(ref, c.publiclyAccessible()));
    }
    facts.addAll(RdsReplicas.of(ref, c));
    return facts;
  }

  /** The identifier and the tags DescribeDB* returns with every database, free. */
  private static ResourceLabel label(ResourceRef ref, String name, List<Tag> tags) {
    return new ResourceLabel(ref, name, Known.of(tags.stream()
        .collect(java.util.stream.Collectors.toMap(Tag::key, t -> t.value() == null ? "" : t.value(), (a, b) -> a))));
  }

  /** Aurora keeps six copies of the cluster volume in three zones whatever the instance layout. */
  static Boolean clusterMultiZone(DBCluster c) {
    String engine = c.engine() == null ? "" : c.engine().toLowerCase(Locale.ROOT);
    return engine.startsWith("aurora") ? Boolean.TRUE : c.multiAZ();
  }

  private static EncryptionAtRest encryption(ResourceRef ref, Boolean encrypted, String kmsKeyId) {
    return new EncryptionAtRest(ref, StoreKind.DATABASE, Known.ofNullable(encrypted),
        Boolean.TRUE.equals(encrypted) ? kmsKeyId : null);
  }

  /**
   * RDS always answers PubliclyAccessible; emulators omit it unless it was set, and a missing
   * answer is not read (never "private"). Who may connect is up to its security groups: the
   * endpoint itself has no IP allow list.
   */
  private static PublicEndpoint endpoint(ResourceRef ref, Boolean publiclyAccessible) {
    return new PublicEndpoint(ref, PublicEndpoint.Kind.DATABASE, Known.ofNullable(publiclyAccessible),
        PublicEndpoint.unrestricted(), Known.of(false));
  }
}
