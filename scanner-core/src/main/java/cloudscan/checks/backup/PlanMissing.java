package cloudscan.checks.backup;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.StoreKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** An account holds data stores but has no backup plan at all. */
public final class PlanMissing implements Check {

  static final Set<StoreKind> BACKED_UP_KINDS = EnumSet.of(StoreKind.DATABASE, StoreKind.NOSQL,
      StoreKind.BLOCK_STORAGE, StoreKind.FILE_STORAGE, StoreKind.OBJECT_STORAGE);

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("backup.plan-missing")
        .title(Text.of("データストアがあるのにバックアッププランがない", "Data stores without any backup plan"))
        .remediation(Text.of(
            "データベース・ストレージ等を対象とするバックアッププラン（AWS Backup、Azure Backup、GCP Backup and DR）"
                + "を作成する",
            "Create a backup plan covering the databases and storage (AWS Backup, Azure Backup, "
                + "GCP Backup and DR)"))
        .severity(Severity.HIGH)
        .requirements("3.12")
        .needs(DataStore.class, BackupPlan.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    Map<Scope, List<DataStore>> stores = Accounts.group(facts.all(DataStore.class).stream()
        .filter(s -> BACKED_UP_KINDS.contains(s.kind())).toList());
    Map<Scope, List<BackupPlan>> plans = Accounts.group(facts.all(BackupPlan.class));
    return stores.entrySet().stream().map(e -> {
      int storeCount = e.getValue().size();
      int planCount = plans.getOrDefault(e.getKey(), List.of()).size();
      return Result.judge(e.getKey().asResource(), planCount > 0,
          Text.of("データストア " + storeCount + " 件、バックアッププラン " + planCount + " 件があります",
              storeCount + " data store(s), " + planCount + " backup plan(s)"),
          Text.of("データストアが " + storeCount + " 件ありますが、バックアッププランがありません",
              storeCount + " data store(s) but no backup plan"));
    });
  }
}
