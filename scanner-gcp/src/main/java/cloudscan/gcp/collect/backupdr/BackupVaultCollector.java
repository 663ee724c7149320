package cloudscan.gcp.collect.backupdr;

import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.Listed;
import com.google.cloud.backupdr.v1.ListBackupVaultsResponse;
import java.time.Instant;
import java.util.Set;

/**
 * Backup and DR backup vaults → {@link BackupVault}: a minimum enforced retention makes backups
 * immutable for that long; it is locked from its effective time on (before it, the retention can
 * still be lowered), and {@link Located}.
 */
public final class BackupVaultCollector implements Collector {

  private final GcpContext ctx;

  public BackupVaultCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "backupdr";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(BackupVault.class, Located.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    String parent = "projects/" + target.account() + "/locations/-";
    Listed<com.google.cloud.backupdr.v1.BackupVault> vaults = Listed.read("backupdr.backupVaults.list",
        () -> ctx.gapic().backupDr().listBackupVaults(parent).iteratePages(), ListBackupVaultsResponse::getUnreachableList);
    for (com.google.cloud.backupdr.v1.BackupVault v : vaults.items()) {
      String name = Names.normalize(ctx, v.getName()); // as the plans name their vault
      ResourceRef ref = GcpContext.ref(target, Names.location(name), "backupdr.googleapis.com/BackupVault", name);
      out.accept(vault(ref, v));
      out.accept(Located.regional(ref));
    }
    vaults.gapIfUnreachable(out, "Backup and DR", "backup vaults", produces());
  }

  static BackupVault vault(ResourceRef ref, com.google.cloud.backupdr.v1.BackupVault v) {
    long seconds = v.hasBackupMinimumEnforcedRetentionDuration() ? v.getBackupMinimumEnforcedRetentionDuration().getSeconds() : 0;
    if (seconds <= 0) {
      return new BackupVault(ref, BackupVault.Immutability.NONE, Known.notOffered(), Known.notOffered(), Known.notOffered(),
          Known.of(v.getBackupCount()));
    }
    Known<Instant> from = v.hasEffectiveTime()
        ? Known.of(Instant.ofEpochSecond(v.getEffectiveTime().getSeconds(), v.getEffectiveTime().getNanos()))
        : Known.unread();
    BackupVault.Immutability im = v.hasEffectiveTime() ? BackupVault.Immutability.LOCKED : BackupVault.Immutability.UNLOCKED;
    return new BackupVault(ref, im, v.hasEffectiveTime() ? from : Known.notOffered(), Known.of((int) (seconds / 86_400)),
        Known.notOffered(), Known.of(v.getBackupCount()));
  }
}
