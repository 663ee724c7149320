package cloudscan.gcp.collect.backupdr;

import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.backupdr.v1.BackupRule;
import java.util.ArrayList;
import java.util.List;

/**
 * A Backup and DR backup plan as a {@link BackupPlan}. Retention: the longest
 * {@code backupRetentionDays} of its scheduled rules (a rule without {@code standardSchedule} only
 * keeps on-demand backups). Vault: its {@code backupVault}, also its copy destination (where the
 * backups are kept: that vault's project and location). Selections: what its associations
 * protect; a plan with no scheduled rule backs nothing up by itself and selects nothing.
 */
final class PlanFacts {

  static final String TYPE = "backupdr.googleapis.com/BackupPlan";

  private PlanFacts() { }

  static BackupPlan plan(GcpContext ctx, Target target, com.google.cloud.backupdr.v1.BackupPlan p,
      Known<List<String>> protectedIds) {
    String name = Names.normalize(ctx, p.getName());
    ResourceRef ref = GcpContext.ref(target, Names.location(name), TYPE, name);
    List<BackupRule> scheduled = p.getBackupRulesList().stream().filter(BackupRule::hasStandardSchedule).toList();
    Known<Integer> retention = Known.of(scheduled.stream().mapToInt(BackupRule::getBackupRetentionDays).max().orElse(0));
    String vault = p.getBackupVault().isEmpty() ? null : Names.normalize(ctx, p.getBackupVault());
    Known<List<BackupPlan.Copy>> copies = vault == null ? Known.unread()
        : Known.of(List.of(new BackupPlan.Copy(Names.project(vault), Names.location(vault), vault)));
    Known<List<BackupPlan.Selection>> selections = scheduled.isEmpty() ? Known.of(List.of())
        : protectedIds.map(ids -> ids.isEmpty() ? List.of() : List.of(new BackupPlan.Selection(ids, null, null, null)));
    return new BackupPlan(ref, retention, vault == null ? List.of() : List.of(vault), copies, selections);
  }

  /**
   * A plan of another project that associations of this one name: this project's workloads are
   * backed up by it, but neither its state, rules nor vault were read here, so what it selects is
   * unknown (never "protected").
   */
  static BackupPlan elsewhere(Target target, String name) {
    return new BackupPlan(GcpContext.ref(target, Names.location(name), TYPE, name), Known.unread(), List.of(),
        Known.unread(), Known.unread());
  }

  /** What in-force associations protect, together: unread if any of them is. */
  static Known<List<String>> together(List<Known<List<String>>> each) {
    List<String> all = new ArrayList<>();
    for (Known<List<String>> k : each) {
      if (!k.isKnown()) {
        return Known.unread();
      }
      all.addAll(k.value());
    }
    return Known.of(all);
  }
}
