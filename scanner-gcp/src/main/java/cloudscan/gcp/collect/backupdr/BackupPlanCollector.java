package cloudscan.gcp.collect.backupdr;

import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.Listed;
import com.google.cloud.backupdr.v1.BackupPlanAssociation;
import com.google.cloud.backupdr.v1.ListBackupPlanAssociationsResponse;
import com.google.cloud.backupdr.v1.ListBackupPlansResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backup and DR backup plans and their associations (every location) → one {@link BackupPlan}
 * per plan in force (ACTIVE or UPDATING; see {@link PlanFacts}), selecting what its associations
 * in force protect ({@link Workloads}). A plan no association names protects nothing; an
 * association whose plan is not listed in force protects nothing; one whose plan is another
 * project's makes that plan a fact here whose selection is unknown. Locations either list could
 * not reach are a gap.
 */
public final class BackupPlanCollector implements Collector {

  private final GcpContext ctx;

  public BackupPlanCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "backupdr";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(BackupPlan.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    String parent = "projects/" + target.account() + "/locations/-";
    Listed<com.google.cloud.backupdr.v1.BackupPlan> plans = Listed.read("backupdr.backupPlans.list",
        () -> ctx.gapic().backupDr().listBackupPlans(parent).iteratePages(), ListBackupPlansResponse::getUnreachableList);
    Listed<BackupPlanAssociation> associations = Listed.read("backupdr.backupPlanAssociations.list",
        () -> ctx.gapic().backupDr().listBackupPlanAssociations(parent).iteratePages(),
        ListBackupPlanAssociationsResponse::getUnreachableList);
    plans.gapIfUnreachable(out, "Backup and DR", "backup plans", produces());
    associations.gapIfUnreachable(out, "Backup and DR", "backup plan associations", produces());
    Map<String, List<Known<List<String>>>> protectedBy = protectedBy(target, associations.items());
    for (com.google.cloud.backupdr.v1.BackupPlan p : plans.items()) {
      String name = Names.normalize(ctx, p.getName());
      List<Known<List<String>>> protects = protectedBy.remove(name);
      if (inForce(p.getState().name())) {
        out.accept(PlanFacts.plan(ctx, target, p, PlanFacts.together(protects == null ? List.of() : protects)));
      }
    }
    // the rest name plans not listed here: this project's (deleted, or in no state to back up) protect nothing
    protectedBy.keySet().stream().filter(n -> !target.account().equals(Names.project(n)))
        .forEach(n -> out.accept(PlanFacts.elsewhere(target, n)));
  }

  /** Plan name → what each of its associations in force protects. */
  private Map<String, List<Known<List<String>>>> protectedBy(Target target, List<BackupPlanAssociation> associations) {
    Workloads workloads = new Workloads(ctx, target);
    Map<String, List<Known<List<String>>>> byPlan = new LinkedHashMap<>();
    for (BackupPlanAssociation a : associations) {
      if (inForce(a.getState().name())) {
        byPlan.computeIfAbsent(Names.normalize(ctx, a.getBackupPlan()), k -> new ArrayList<>()).add(workloads.of(a));
      }
    }
    return byPlan;
  }

  /** ACTIVE, or UPDATING (still backing up); CREATING, DELETING, INACTIVE and unknown states back nothing up. */
  private static boolean inForce(String state) {
    return state.equals("ACTIVE") || state.equals("UPDATING");
  }
}
