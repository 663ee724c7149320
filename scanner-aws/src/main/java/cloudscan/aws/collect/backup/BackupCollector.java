package cloudscan.aws.collect.backup;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.BackupPlan.Selection;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupPlansListMember;
import software.amazon.awssdk.services.backup.model.BackupRule;
import software.amazon.awssdk.services.backup.model.BackupVaultListMember;

/**
 * AWS Backup vaults → {@link BackupVault} (Vault Lock mode, minimum retention) and
 * {@link Located}; backup plans → {@link BackupPlan} (longest rule retention, copy destinations
 * from the rules' copy actions, which the plan listing lacks: one GetBackupPlan per plan; the
 * vaults its rules write to; what it selects: ListBackupSelections and GetBackupSelection).
 */
public final class BackupCollector implements Collector {

  private final AwsClients clients;

  public BackupCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "backup";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(BackupVault.class, BackupPlan.class, Located.class, Replica.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    BackupClient backup = clients.client(target, BackupClient.class, BackupClient::builder);
    backup.listBackupVaultsPaginator(r -> { }).backupVaultList().forEach(v -> {
      ResourceRef ref = AwsRefs.withId(target, target.location(), "backup", "backup-vault", v.backupVaultArn());
      out.accept(vault(ref, v));
      out.accept(Located.regional(ref));
    });
    List<BackupPlansListMember> plans = backup.listBackupPlansPaginator(r -> { }).backupPlansList().stream().toList();
    clients.items().each(out, Set.of(BackupPlan.class, Replica.class), plans, p -> {
      BackupPlan plan = plan(backup, target, p, out);
      List<Fact> facts = new java.util.ArrayList<>(List.of(plan));
      // A copy is data leaving the region: the residency check (1.1) judges every destination.
      plan.knownCopies().forEach(c -> facts.add(new Replica(plan.resource(), "aws-backup-copy",
          c.account(), c.location())));
      return facts;
    });
  }

  /** AWS Backup vaults have no soft delete; the recovery-point count comes free with the list. */
  private static BackupVault vault(ResourceRef ref, BackupVaultListMember v) {
    return new BackupVault(ref, BackupMapping.immutability(v.locked(), v.lockDate()),
        BackupMapping.lockFrom(v.locked(), v.lockDate()), BackupMapping.minRetention(v.minRetentionDays()),
        Known.notOffered(), Known.ofNullable(v.numberOfRecoveryPoints()));
  }

  /** A plan whose rules cannot be read is still a plan: retention unknown, copies none, and a gap. */
  private BackupPlan plan(BackupClient backup, Target target, BackupPlansListMember p, FactSink out) {
    ResourceRef ref = AwsRefs.withId(target, target.location(), "backup", "backup-plan", p.backupPlanArn());
    List<BackupRule> rules;
    try {
      rules = backup.getBackupPlan(r -> r.backupPlanId(p.backupPlanId())).backupPlan().rules();
    } catch (SdkException e) {
      out.gap(e, Set.of(BackupPlan.class, Replica.class));
      return new BackupPlan(ref, Known.unread(), List.of(), Known.unread(), Known.unread());
    }
    Known<List<Selection>> selections;
    try {
      selections = BackupSelections.of(backup, p.backupPlanId()).map(Known::of).orElse(Known.unread());
    } catch (SdkException e) {
      out.gap(e, Set.of(BackupPlan.class));
      selections = Known.unread();
    }
    return new BackupPlan(ref, Known.ofNullable(BackupMapping.retentionDays(rules)),
        BackupMapping.targetVaults(rules, clients.partition(), target.location(), target.account()),
        Known.of(BackupMapping.copies(rules)), selections);
  }
}
