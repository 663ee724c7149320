package cloudscan.aws.collect.rds;

import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceRef;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.arns.Arn;
import software.amazon.awssdk.services.rds.model.DBCluster;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DBInstanceAutomatedBackupsReplication;

/**
 * Where an RDS database copies its data. RDS names a replica in the same region by its identifier
 * and one in another region (or account) by its ARN; backup replication by the ARN of the
 * replicated automated backup in the destination region.
 */
final class RdsReplicas {

  static final String READ_REPLICA = "rds-read-replica";
  static final String BACKUP_REPLICATION = "rds-automated-backup-replication";
  static final String CLUSTER_REPLICA = "rds-cluster-read-replica";

  private RdsReplicas() { }

  static List<Replica> of(ResourceRef source, DBInstance db) {
    List<Replica> out = new ArrayList<>();
    db.readReplicaDBInstanceIdentifiers().forEach(id -> out.add(replica(source, READ_REPLICA, id)));
    for (DBInstanceAutomatedBackupsReplication r : db.dbInstanceAutomatedBackupsReplications()) {
      if (r.dbInstanceAutomatedBackupsArn() != null) {
        out.add(replica(source, BACKUP_REPLICATION, r.dbInstanceAutomatedBackupsArn()));
      }
    }
    return out;
  }

  static List<Replica> of(ResourceRef source, DBCluster cluster) {
    return cluster.readReplicaIdentifiers().stream().map(id -> replica(source, CLUSTER_REPLICA, id)).toList();
  }

  /** An ARN gives the destination's account and region; a bare identifier is in the source's. */
  static Replica replica(ResourceRef source, String mechanism, String idOrArn) {
    return Arn.tryFromString(idOrArn)
        .map(arn -> new Replica(source, mechanism, arn.accountId().orElse(source.account()),
            arn.region().orElse(source.location())))
        .orElseGet(() -> new Replica(source, mechanism, source.account(), source.location()));
  }
}
