package cloudscan.aws.collect.rds;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Partitions;
import cloudscan.aws.collect.Inventory;
import cloudscan.aws.collect.InventoryCollector;
import cloudscan.core.fact.Fact;
import cloudscan.core.provider.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.Tag;

/**
 * Copies of RDS data outside the live databases: manual and automated DB and cluster snapshots,
 * automated backups (replicated ones name their own region), and the member clusters of Aurora
 * global databases (secondaries stand in other regions, possibly abroad).
 */
public final class RdsBackupsCollector extends InventoryCollector {

  public RdsBackupsCollector(AwsClients clients) {
    super(clients, "rds");
  }

  @Override
  protected List<Fact> locate(Target target) {
    RdsClient rds = clients.client(target, RdsClient.class, RdsClient::builder);
    List<Fact> out = new ArrayList<>();
    rds.describeDBSnapshotsPaginator(r -> { }).dbSnapshots().forEach(s -> out.addAll(Inventory.regional(
        Inventory.ref(target, "rds", "snapshot", s.dbSnapshotArn()), s.dbSnapshotIdentifier(),
        Inventory.tags(s.tagList(), Tag::key, Tag::value))));
    rds.describeDBClusterSnapshotsPaginator(r -> { }).dbClusterSnapshots().forEach(s -> out.addAll(Inventory.regional(
        Inventory.ref(target, "rds", "cluster-snapshot", s.dbClusterSnapshotArn()), s.dbClusterSnapshotIdentifier(),
        Inventory.tags(s.tagList(), Tag::key, Tag::value))));
    rds.describeDBInstanceAutomatedBackupsPaginator(r -> { }).dbInstanceAutomatedBackups().forEach(b -> out.addAll(
        Inventory.regional(b.dbInstanceAutomatedBackupsArn() != null
            ? Inventory.ref(target, "rds", "auto-backup", b.dbInstanceAutomatedBackupsArn())
            : AwsRefs.withId(target, b.region() != null ? b.region() : target.location(), "rds", "auto-backup",
                Partitions.arn(clients.partition(), "rds", b.region() != null ? b.region() : target.location(),
                    target.account(), "auto-backup:" + b.dbiResourceId())),
            b.dbInstanceIdentifier(), Optional.empty())));
    rds.describeGlobalClustersPaginator(r -> { }).globalClusters().forEach(g -> g.globalClusterMembers()
        .forEach(m -> out.addAll(Inventory.regional(Inventory.ref(target, "rds", "cluster", m.dbClusterArn()),
            g.globalClusterIdentifier(), Optional.empty()))));
    return out;
  }
}
